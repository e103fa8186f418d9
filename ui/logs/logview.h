// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// One log in the logs window: a search field, a severity filter, "Jump to Now" and a line that
// says what is shown, over the lines of a LogFeed (journal or emulator log). Follows the end
// while the user is there; scrolling to the top reads older lines again from the feed (the
// model keeps at most its cap); scrolled back past the cap, it stops following and counts the
// new lines until "Jump to Now".

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace charon::core {
class LogFeed;
struct LogLine;
} // namespace charon::core

namespace charon::ui {

class LogFilterProxy;
class LogModel;

class LogView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kFetchLines = 1000; // read again per scroll to the top

    // `feed` stays the caller's.
    LogView(core::LogFeed *feed, int cap, QWidget *parent = nullptr);

    void start(); // the newest lines, then following
    void jumpToNow();
    void fetchOlder(); // what scrolling to the top does

    LogModel *model() const { return m_model; }
    LogFilterProxy *proxy() const { return m_proxy; }
    QListView *list() const { return m_list; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *severityBox() const { return m_severity; }
    QPushButton *jumpButton() const { return m_jump; }
    QString statusText() const;
    bool isFetching() const { return m_fetching; }
    // Lines shown (after the filters), as displayed.
    QStringList visibleTexts() const;

Q_SIGNALS:
    void olderArrived(int lines);

private:
    void onReset(const QList<core::LogLine> &lines);
    void onAppended(const QList<core::LogLine> &lines);
    void onOlder(const QList<core::LogLine> &lines, bool complete);
    void onScrolled(int value);
    void updateStatus();

    core::LogFeed *m_feed;
    LogModel *m_model;
    LogFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_severity;
    QPushButton *m_jump;
    QLabel *m_status;
    QListView *m_list;
    bool m_stick = true; // at the bottom: follow
    bool m_fetching = false;
    bool m_started = false;
};

} // namespace charon::ui
