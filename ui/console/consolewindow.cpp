// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/console/consolewindow.h"

#include "ui/console/consoletab.h"

#include <QApplication>
#include <QCloseEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace charon::ui {

ConsoleWindow::ConsoleWindow(ConsoleTab *tab, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_tab(tab)
{
    setObjectName(u"consoleWindow"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    tab->setParent(this);
    layout->addWidget(tab);
    tab->show();
    connect(tab, &ConsoleTab::statusChanged, this, &ConsoleWindow::updateTitle);
    updateTitle();
}

ConsoleTab *ConsoleWindow::takeTab()
{
    ConsoleTab *tab = m_tab;
    if (tab) {
        tab->disconnect(this);
        layout()->removeWidget(tab);
        tab->setParent(nullptr);
    }
    m_tab = nullptr;
    return tab;
}

void ConsoleWindow::updateTitle()
{
    if (!m_tab)
        return;
    setWindowTitle(
        tr("%1 — Console — %2").arg(m_tab->guestName(), QApplication::applicationDisplayName()));
    // Only a different icon: each one travels to the X server as an image.
    const QIcon icon = m_tab->statusIcon();
    if (windowIcon().name() != icon.name() || windowIcon().isNull())
        setWindowIcon(icon);
}

void ConsoleWindow::closeEvent(QCloseEvent *event)
{
    if (!m_tab) {
        event->accept();
        return;
    }
    // The manager answers by deleting this window (or not, if the user wants to keep it).
    event->ignore();
    Q_EMIT closeRequested(m_tab);
}

} // namespace charon::ui
