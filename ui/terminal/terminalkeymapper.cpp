// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/terminal/terminalkeymapper.h"

#include <QKeyEvent>

namespace charon::ui {

using Key = terminal::TerminalEngine::Key;

bool TerminalKeyMapper::mapNamedKey(int key, bool keypad, terminal::TerminalEngine::Key &out)
{
    if (key >= Qt::Key_F1 && key <= Qt::Key_F12) {
        out = Key(int(Key::F1) + (key - Qt::Key_F1));
        return true;
    }
    if (keypad && key >= Qt::Key_0 && key <= Qt::Key_9) {
        out = Key(int(Key::Keypad0) + (key - Qt::Key_0));
        return true;
    }
    if (keypad) {
        switch (key) {
        case Qt::Key_Asterisk:
            out = Key::KeypadMultiply;
            return true;
        case Qt::Key_Plus:
            out = Key::KeypadPlus;
            return true;
        case Qt::Key_Comma:
            out = Key::KeypadComma;
            return true;
        case Qt::Key_Minus:
            out = Key::KeypadMinus;
            return true;
        case Qt::Key_Period:
            out = Key::KeypadPeriod;
            return true;
        case Qt::Key_Slash:
            out = Key::KeypadDivide;
            return true;
        case Qt::Key_Equal:
            out = Key::KeypadEqual;
            return true;
        case Qt::Key_Enter:
            out = Key::KeypadEnter;
            return true;
        default:
            break;
        }
    }
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        out = Key::Enter;
        return true;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        out = Key::Tab;
        return true;
    case Qt::Key_Backspace:
        out = Key::Backspace;
        return true;
    case Qt::Key_Escape:
        out = Key::Escape;
        return true;
    case Qt::Key_Up:
        out = Key::Up;
        return true;
    case Qt::Key_Down:
        out = Key::Down;
        return true;
    case Qt::Key_Left:
        out = Key::Left;
        return true;
    case Qt::Key_Right:
        out = Key::Right;
        return true;
    case Qt::Key_Insert:
        out = Key::Insert;
        return true;
    case Qt::Key_Delete:
        out = Key::Delete;
        return true;
    case Qt::Key_Home:
        out = Key::Home;
        return true;
    case Qt::Key_End:
        out = Key::End;
        return true;
    case Qt::Key_PageUp:
        out = Key::PageUp;
        return true;
    case Qt::Key_PageDown:
        out = Key::PageDown;
        return true;
    default:
        return false;
    }
}

int TerminalKeyMapper::controlByte(int key)
{
    if (key >= Qt::Key_A && key <= Qt::Key_Z)
        return 1 + (key - Qt::Key_A);
    switch (key) {
    case Qt::Key_At:
    case Qt::Key_Space:
    case Qt::Key_2:
        return 0x00;
    case Qt::Key_BracketLeft:
    case Qt::Key_3:
        return 0x1B;
    case Qt::Key_Backslash:
    case Qt::Key_4:
        return 0x1C;
    case Qt::Key_BracketRight:
    case Qt::Key_5:
        return 0x1D;
    case Qt::Key_AsciiCircum:
    case Qt::Key_AsciiTilde:
    case Qt::Key_6:
        return 0x1E;
    case Qt::Key_Underscore:
    case Qt::Key_Slash:
    case Qt::Key_7:
        return 0x1F;
    case Qt::Key_Question:
    case Qt::Key_8:
        return 0x7F;
    default:
        return -1;
    }
}

TerminalKeyMapper::Shortcut TerminalKeyMapper::shortcut(const QKeyEvent &event)
{
    const Qt::KeyboardModifiers mods = event.modifiers() & ~Qt::KeypadModifier;
    const int key = event.key();
    const bool ctrl = mods.testFlag(Qt::ControlModifier);
    const bool shift = mods.testFlag(Qt::ShiftModifier);
    if (ctrl && shift && key == Qt::Key_C)
        return Shortcut::Copy;
    if (ctrl && shift && key == Qt::Key_V)
        return Shortcut::Paste;
    if (ctrl && shift && key == Qt::Key_F)
        return Shortcut::Find;
    if (ctrl && (key == Qt::Key_Plus || key == Qt::Key_Equal))
        return Shortcut::ZoomIn;
    if (ctrl && !shift && key == Qt::Key_Minus)
        return Shortcut::ZoomOut;
    if (ctrl && !shift && key == Qt::Key_0)
        return Shortcut::ResetZoom;
    if (mods == Qt::ShiftModifier && key == Qt::Key_PageUp)
        return Shortcut::PageUp;
    if (mods == Qt::ShiftModifier && key == Qt::Key_PageDown)
        return Shortcut::PageDown;
    if (mods == Qt::ShiftModifier && key == Qt::Key_Insert)
        return Shortcut::PasteSelection;
    const bool alt = mods.testFlag(Qt::AltModifier);
    if (ctrl && !alt && (key == Qt::Key_Backtab || (shift && key == Qt::Key_Tab)))
        return Shortcut::PreviousTab;
    if (ctrl && !alt && (key == Qt::Key_Tab || key == Qt::Key_PageDown))
        return Shortcut::NextTab;
    if (ctrl && !alt && key == Qt::Key_PageUp)
        return Shortcut::PreviousTab;
    if (ctrl && shift && !alt && key == Qt::Key_W)
        return Shortcut::CloseTab;
    if (ctrl && shift && !alt && key == Qt::Key_L)
        return Shortcut::LeaveTerminal;
    return Shortcut::None;
}

bool TerminalKeyMapper::belongsToWindow(const QKeyEvent &event)
{
    switch (shortcut(event)) {
    case Shortcut::NextTab:
    case Shortcut::PreviousTab:
    case Shortcut::CloseTab:
    case Shortcut::LeaveTerminal:
        return true;
    default:
        return false;
    }
}

TerminalKeyMapper::Action TerminalKeyMapper::map(const QKeyEvent &event)
{
    Action action;
    action.modifiers
        = event.modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier);
    const bool keypad = event.modifiers().testFlag(Qt::KeypadModifier);
    const int key = event.key();
    if (mapNamedKey(key, keypad, action.key)) {
        action.kind = Action::Kind::Key;
        if (key == Qt::Key_Backtab)
            action.modifiers |= Qt::ShiftModifier;
        return action;
    }
    const bool alt = action.modifiers.testFlag(Qt::AltModifier);
    if (action.modifiers.testFlag(Qt::ControlModifier)) {
        const int byte = controlByte(key);
        if (byte < 0)
            return action; // Ctrl with a key that has no control code: nothing to send
        action.kind = Action::Kind::Bytes;
        if (alt)
            action.bytes.append('\x1b');
        action.bytes.append(char(byte));
        return action;
    }
    const QString text = event.text();
    if (text.isEmpty() || (text.size() == 1 && text.at(0).unicode() < 0x20))
        return action; // a bare modifier, or a control character Qt made up
    if (alt) {
        action.kind = Action::Kind::Character; // libvterm sends ESC + the character
        action.character = text.toUcs4().value(0);
        return action;
    }
    action.kind = Action::Kind::Bytes;
    action.bytes = text.toUtf8();
    return action;
}

QByteArray TerminalKeyMapper::apply(const Action &action, terminal::TerminalEngine &engine)
{
    switch (action.kind) {
    case Action::Kind::Key:
        engine.keyPress(action.key, action.modifiers);
        return {};
    case Action::Kind::Character:
        engine.charPress(action.character, action.modifiers);
        return {};
    case Action::Kind::Bytes:
        return action.bytes;
    case Action::Kind::None:
        break;
    }
    return {};
}

} // namespace charon::ui
