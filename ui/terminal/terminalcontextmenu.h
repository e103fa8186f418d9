// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The right-click menu of a terminal view: copy, paste, select all, find, clear scrollback,
// zoom, and Send Break, which only emits the view's breakRequested(): whether a break may halt
// the guest is for the console tab to decide. The tab may add its own actions to the menu.

class QMenu;
class QWidget;

namespace charon::ui {

class TerminalView;

class TerminalContextMenu
{
public:
    // A new menu (owned by `parent`, or by the caller when parent is null) acting on `view`.
    static QMenu *create(TerminalView *view, QWidget *parent);
};

} // namespace charon::ui
