// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Turns a Qt key press into what the terminal should send: a named key or a character for
// libvterm to encode for the current modes (cursor keys, keypad, function keys, Alt as an
// ESC prefix), or classic control bytes for Ctrl combinations. libvterm would encode Ctrl+I,
// Ctrl+M, Ctrl+[ ... as CSI u sequences that HP-UX, MPE and OpenVMS consoles do not know, so
// Ctrl+key is mapped here the way a VT terminal does (Ctrl+C = 0x03, Ctrl+[ = ESC, Ctrl+Space
// = NUL). The view's own shortcuts (copy, paste, zoom, scrollback) are handled before this.

#include "core/terminal/terminalengine.h"

#include <QByteArray>

class QKeyEvent;

namespace charon::ui {

class TerminalKeyMapper
{
public:
    struct Action
    {
        enum class Kind : quint8 { None, Key, Character, Bytes } kind = Kind::None;
        terminal::TerminalEngine::Key key = terminal::TerminalEngine::Key::Enter;
        char32_t character = 0;
        Qt::KeyboardModifiers modifiers;
        QByteArray bytes;
    };

    // The view's own keys, checked before map().
    enum class Shortcut : quint8 {
        None,
        Copy,
        Paste,
        PasteSelection,
        Find,
        ZoomIn,
        ZoomOut,
        ResetZoom,
        PageUp,
        PageDown,
        // Leaving the terminal (Konsole / GNOME Terminal conventions): they never reach the guest.
        NextTab, // Ctrl+Tab, Ctrl+PgDn, Ctrl+Shift+PgDn
        PreviousTab, // Ctrl+Shift+Tab, Ctrl+PgUp, Ctrl+Shift+PgUp
        CloseTab, // Ctrl+Shift+W
        LeaveTerminal, // Ctrl+Shift+L: the focus goes back to the guest table
    };

    static Shortcut shortcut(const QKeyEvent &event);
    // Keys the terminal takes before the window's shortcuts see them: all but the view's own
    // leaving keys (NextTab ... LeaveTerminal), so Ctrl and Alt combinations and F-keys go to
    // the guest, and window shortcuts (Ctrl+Q, Ctrl+F, Alt+menu letters) do not fire.
    static bool belongsToWindow(const QKeyEvent &event);
    static Action map(const QKeyEvent &event);
    // Performs an action on the engine; Bytes actions are returned for the caller to send.
    static QByteArray apply(const Action &action, terminal::TerminalEngine &engine);

private:
    static bool mapNamedKey(int key, bool keypad, terminal::TerminalEngine::Key &out);
    static int controlByte(int key);
};

} // namespace charon::ui
