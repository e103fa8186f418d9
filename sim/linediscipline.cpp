// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "sim/linediscipline.h"

namespace charon::sim {

namespace {
constexpr char kEsc = 0x1b;
constexpr char kCtrlA = 0x01;
constexpr char kCtrlC = 0x03;
constexpr char kBackspace = 0x08;
constexpr char kCtrlP = 0x10;
constexpr char kCtrlU = 0x15;
constexpr char kDelete = 0x7f;
} // namespace

LineDiscipline::LineDiscipline(QObject *parent)
    : QObject(parent)
{ }

void LineDiscipline::feed(const QByteArray &bytes)
{
    for (const char byte : bytes)
        feedByte(byte);
}

void LineDiscipline::feedByte(char byte)
{
    if (m_escapeState != Escape::None) {
        feedEscape(byte);
        return;
    }
    switch (byte) {
    case kEsc:
        m_escapeState = Escape::Started;
        m_escape = QByteArray(1, byte);
        return;
    case '\r':
    case '\n': {
        const QString line = QString::fromLatin1(m_line);
        m_line.clear();
        // The line end is echoed even at a password prompt: the cursor must move on.
        Q_EMIT echoed("\n");
        Q_EMIT lineEntered(line);
        return;
    }
    case kBackspace:
    case kDelete:
        erase(1);
        return;
    case kCtrlU:
        erase(m_line.size());
        return;
    case kCtrlA:
        Q_EMIT keyPressed(ConsoleKey::CtrlA);
        return;
    case kCtrlC:
        m_line.clear();
        Q_EMIT keyPressed(ConsoleKey::CtrlC);
        return;
    case kCtrlP:
        Q_EMIT keyPressed(ConsoleKey::CtrlP);
        return;
    default:
        break;
    }
    if (static_cast<unsigned char>(byte) < 0x20 || m_line.size() >= kMaxLine)
        return; // other control characters mean nothing to these consoles
    m_line.append(byte);
    if (m_echo)
        Q_EMIT echoed(QByteArray(1, byte));
}

void LineDiscipline::feedEscape(char byte)
{
    m_escape.append(byte);
    switch (m_escapeState) {
    case Escape::Started:
        m_escapeState = byte == '[' ? Escape::Csi : byte == 'O' ? Escape::Ss3 : Escape::None;
        return;
    case Escape::Ss3:
        m_escapeState = Escape::None; // F1-F4, keypad: nothing a guest console needs
        return;
    case Escape::Csi:
        if (static_cast<unsigned char>(byte) >= 0x40 && static_cast<unsigned char>(byte) <= 0x7e) {
            m_escapeState = Escape::None;
            if (m_escape == "\x1b[17~") // F6 on a VT220 keyboard
                Q_EMIT keyPressed(ConsoleKey::F6);
        } else if (m_escape.size() > 16) {
            m_escapeState = Escape::None; // not a sequence any terminal sends: drop it
        }
        return;
    case Escape::None:
        return;
    }
}

void LineDiscipline::erase(qsizetype count)
{
    count = std::min(count, m_line.size());
    if (count <= 0)
        return;
    m_line.chop(count);
    if (m_echo) {
        QByteArray rubout;
        for (qsizetype i = 0; i < count; ++i)
            rubout += "\b \b";
        Q_EMIT echoed(rubout);
    }
}

} // namespace charon::sim
