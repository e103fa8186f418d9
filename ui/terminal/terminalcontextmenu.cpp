// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/terminal/terminalcontextmenu.h"

#include "ui/terminal/terminalview.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>

namespace charon::ui {

QMenu *TerminalContextMenu::create(TerminalView *view, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    const auto add = [&](const QString &text, auto slot, const QKeySequence &keys = {}) {
        QAction *action = menu->addAction(text);
        action->setShortcut(keys); // shown as a hint; the view handles the keys itself
        action->setShortcutVisibleInContextMenu(true);
        QObject::connect(action, &QAction::triggered, view, slot);
        return action;
    };
    add(TerminalView::tr("&Copy"), &TerminalView::copy,
        QKeySequence(TerminalView::tr("Ctrl+Shift+C")))
        ->setEnabled(!view->selection().isEmpty());
    add(TerminalView::tr("&Paste"), &TerminalView::paste,
        QKeySequence(TerminalView::tr("Ctrl+Shift+V")))
        ->setEnabled(!QGuiApplication::clipboard()->text().isEmpty());
    add(TerminalView::tr("Select &All"), &TerminalView::selectAll);
    menu->addSeparator();
    add(TerminalView::tr("&Find…"), &TerminalView::showFindBar,
        QKeySequence(TerminalView::tr("Ctrl+Shift+F")));
    add(TerminalView::tr("C&lear Scrollback"), &TerminalView::clearScrollback);
    menu->addSeparator();
    add(TerminalView::tr("Zoom &In"), &TerminalView::zoomIn,
        QKeySequence(TerminalView::tr("Ctrl++")));
    add(TerminalView::tr("Zoom &Out"), &TerminalView::zoomOut,
        QKeySequence(TerminalView::tr("Ctrl+-")));
    add(TerminalView::tr("&Reset Zoom"), &TerminalView::resetZoom,
        QKeySequence(TerminalView::tr("Ctrl+0")));
    menu->addSeparator();
    add(TerminalView::tr("Send &Break"), &TerminalView::breakRequested);
    return menu;
}

} // namespace charon::ui
