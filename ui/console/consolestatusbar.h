// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The thin bar under a console's terminal: the connection state in words (with an icon, so
// colour is not the only cue), the guest's name and console port, a note when the session is
// being logged, a mark when a console key can halt the guest, and buttons for the tab's
// actions (Send Break, log, detach). It only shows what the tab tells it. Over `ssh -X` a
// repaint is pixels on the wire: a label is set only when its words change, the state is as
// wide as its words, and when the next connection attempt comes ("retrying at 14:02:10") is a
// small label of its own, set once per attempt.

#include <QFrame>

class QAction;
class QHBoxLayout;
class QLabel;

namespace charon::ui {

class ConsoleStatusBar : public QFrame
{
    Q_OBJECT

public:
    enum class Tone { Good, Waiting, Problem, Neutral };

    explicit ConsoleStatusBar(QWidget *parent = nullptr);

    void setGuest(const QString &name, int port);
    void setState(Tone tone, const QString &text);
    // "" hides it.
    void setRetry(const QString &text);
    // "" hides the note.
    void setLogNote(const QString &text);
    void setHaltNote(const QString &text);
    void addAction(QAction *action);

    QString stateText() const;
    QString retryText() const;
    Tone tone() const { return m_tone; }
    QString guestText() const;
    QString logNote() const;

private:
    QHBoxLayout *m_layout;
    QLabel *m_icon;
    QLabel *m_state;
    QLabel *m_retry;
    QLabel *m_log;
    QLabel *m_halt;
    QLabel *m_guest;
    Tone m_tone = Tone::Neutral;
    bool m_toneShown = false;
};

} // namespace charon::ui
