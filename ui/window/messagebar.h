// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The window's one place for failures and notices: a strip above the guest table that stacks
// short messages ("Could not start hpux-prod: permission denied"), each with optional details
// and a close button. Never modal: the table stays usable while messages wait to be read.
// Every message is also logged (category charon.ui), so nothing a user was told is lost.
// Several messages collapse into one: the newest shows, with a "+N more" button that unfolds
// the others (and folds them again), so a burst of failures never pushes the table away.

#include <QFrame>
#include <QList>

class QVBoxLayout;
class QLabel;
class QToolButton;

namespace charon::ui {

class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Info, Warning, Error };
    Q_ENUM(Level)

    explicit MessageBar(QWidget *parent = nullptr);

    // Adds a message at the top. `key` groups messages about the same thing: a new message with
    // the same key replaces the old one instead of piling up (e.g. repeated start failures).
    void showMessage(
        Level level, const QString &text, const QString &details = {}, const QString &key = {});
    // Removes the message with that key, if shown (e.g. the guest started after all).
    void dismiss(const QString &key);
    void clear();

    int count() const { return int(m_items.size()); }
    QStringList texts() const;
    // Older messages beyond this count are dropped: the bar must not push the table away.
    static constexpr int kMaxMessages = 6;
    // Whether the older messages are shown (the "+N more" button), and how many rows show.
    bool isExpanded() const { return m_expanded; }
    void setExpanded(bool expanded);
    int visibleCount() const;
    QToolButton *expandButton() const { return m_expand; }

Q_SIGNALS:
    void countChanged(int count);

protected:
    // A tint of the most serious message's colour, taken from the palette at paint time.
    void paintEvent(QPaintEvent *event) override;

private:
    struct Item
    {
        QWidget *widget = nullptr;
        Level level = Level::Info;
        QString key;
        QString text;
    };
    QWidget *makeRow(Level level, const QString &text, const QString &details);
    void removeWidget(QWidget *row);
    void updateChrome();

    QVBoxLayout *m_rows;
    QToolButton *m_dismissAll;
    QToolButton *m_expand;
    bool m_expanded = false;
    QList<Item> m_items;
};

} // namespace charon::ui
