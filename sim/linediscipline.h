// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The guest's terminal line discipline on the console: collects typed characters into lines,
// echoes them when the OS echoes (not at a password prompt), handles erase (BS/DEL) and kill
// (Ctrl-U), and reports the keys a console cares about (Ctrl-A, Ctrl-C, Ctrl-P, F6) instead of
// typing them. Input arrives already telnet-decoded, with CR LF / CR NUL folded to CR.

#include "sim/persona.h"

#include <QByteArray>
#include <QObject>

namespace charon::sim {

class LineDiscipline : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype kMaxLine = 4096;

    explicit LineDiscipline(QObject *parent = nullptr);

    void feed(const QByteArray &bytes);
    void setEcho(bool on) { m_echo = on; }
    bool echo() const { return m_echo; }
    QByteArray pendingLine() const { return m_line; }

Q_SIGNALS:
    // Text to show back on the console ("\n" for a line end).
    void echoed(const QByteArray &text);
    void lineEntered(const QString &line);
    void keyPressed(charon::sim::ConsoleKey key);

private:
    void feedByte(char byte);
    void feedEscape(char byte);
    void erase(qsizetype count);

    enum class Escape { None, Started, Csi, Ss3 };
    QByteArray m_line;
    QByteArray m_escape;
    Escape m_escapeState = Escape::None;
    bool m_echo = true;
};

} // namespace charon::sim
