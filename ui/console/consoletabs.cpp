// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/console/consoletabs.h"

#include "ui/console/consolewindow.h"
#include "ui/terminal/terminalview.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTabBar>

using namespace Qt::StringLiterals;

namespace charon::ui {

ConsoleTabs::ConsoleTabs(core::GuestStore *store, QWidget *parent)
    : QTabWidget(parent)
    , m_store(store)
{
    setObjectName(u"consoleTabs"_s);
    setTabsClosable(true);
    setMovable(true);
    setDocumentMode(true);
    connect(this, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto *tab = qobject_cast<ConsoleTab *>(widget(index)))
            closeConsole(tab);
    });
}

ConsoleTabs::~ConsoleTabs()
{
    // Detached windows are our children too, but their tabs must go before the store does.
    for (const QPointer<ConsoleWindow> &window : std::as_const(m_windows))
        delete window.data();
}

ConsoleTab *ConsoleTabs::console(const QString &guest) const
{
    for (const QPointer<ConsoleTab> &tab : m_consoles) {
        if (tab && tab->guestName() == guest)
            return tab;
    }
    return nullptr;
}

QList<ConsoleTab *> ConsoleTabs::consoles() const
{
    QList<ConsoleTab *> result;
    for (const QPointer<ConsoleTab> &tab : m_consoles) {
        if (tab)
            result << tab;
    }
    return result;
}

ConsoleWindow *ConsoleTabs::windowOf(const ConsoleTab *tab) const
{
    return m_windows.value(tab);
}

ConsoleTab *ConsoleTabs::openConsole(const QString &guest)
{
    if (guest.isEmpty())
        return nullptr;
    if (ConsoleTab *open = console(guest)) {
        if (ConsoleWindow *window = windowOf(open)) {
            window->raise();
            window->activateWindow();
        } else {
            setCurrentWidget(open);
        }
        open->focusConsole();
        return open;
    }
    auto *tab = new ConsoleTab(m_store, guest, this);
    tab->setHost(m_host);
    if (m_confirm)
        tab->setConfirmation(m_confirm);
    if (m_chooseFile)
        tab->setFileChooser(m_chooseFile);
    m_consoles << tab;
    connect(tab, &ConsoleTab::statusChanged, this, [this, tab] { updateLabel(tab); });
    connect(tab, &ConsoleTab::haltWarningAccepted, this,
        [this](const QString &name) { m_accepted.insert(name); });
    connect(tab, &ConsoleTab::detachRequested, this, [this, tab] { detach(tab); });
    connect(tab, &ConsoleTab::attachRequested, this, [this, tab] { attach(tab); });
    connect(tab, &ConsoleTab::switchTabRequested, this,
        [this, tab](int step) { switchFrom(tab, step); });
    connect(tab, &ConsoleTab::closeRequested, this, [this, tab] {
        const bool wasCurrent = currentWidget() == tab;
        if (closeConsole(tab) && wasCurrent) { // the keyboard stays in the consoles, or leaves
            if (auto *next = qobject_cast<ConsoleTab *>(currentWidget()))
                next->focusConsole();
            else
                Q_EMIT leaveRequested();
        }
    });
    connect(tab, &ConsoleTab::leaveRequested, this, &ConsoleTabs::leaveRequested);
    addDocked(tab);
    // Shown (and so sized) before it connects: the first NAWS carries the real size.
    tab->start(isHaltWarningAccepted(guest));
    tab->focusConsole(); // the warning's button when it waits
    return tab;
}

void ConsoleTabs::addDocked(ConsoleTab *tab)
{
    const int index = addTab(tab, tab->statusIcon(), tab->guestName());
    tab->setDetached(false);
    updateLabel(tab);
    Q_EMIT dockedCountChanged(count());
    setCurrentIndex(index);
    tab->focusConsole();
}

void ConsoleTabs::updateLabel(ConsoleTab *tab)
{
    const int index = indexOf(tab);
    if (index < 0)
        return;
    // Set only when it changes: a new icon repaints the tab bar, a pixel stream over ssh -X.
    const QIcon icon = tab->statusIcon();
    if (tabIcon(index).name() != icon.name() || tabIcon(index).isNull())
        setTabIcon(index, icon);
    if (tabToolTip(index) != tab->statusText())
        setTabToolTip(index, tab->statusText());
    // What a screen reader says for the tab and its close button (the "✕" is an icon).
    tabBar()->setAccessibleTabName(index, tr("Console of %1").arg(tab->guestName()));
    if (QWidget *close = tabBar()->tabButton(index, QTabBar::RightSide))
        close->setAccessibleName(tr("Close console of %1").arg(tab->guestName()));
}

void ConsoleTabs::switchFrom(ConsoleTab *tab, int step)
{
    const int index = indexOf(tab);
    if (index < 0 || count() < 2) // a detached console has no neighbours
        return;
    setCurrentIndex((index + step + count()) % count());
    if (auto *next = qobject_cast<ConsoleTab *>(currentWidget()))
        next->focusConsole();
}

void ConsoleTabs::detach(ConsoleTab *tab)
{
    const int index = indexOf(tab);
    if (index < 0)
        return;
    const QSize size = tab->size();
    removeTab(index);
    auto *window = new ConsoleWindow(tab, this);
    m_windows.insert(tab, window);
    tab->setDetached(true);
    connect(window, &ConsoleWindow::closeRequested, this, &ConsoleTabs::closeConsole);
    window->resize(size.expandedTo(QSize(640, 400)));
    window->show();
    tab->focusConsole();
    Q_EMIT dockedCountChanged(count());
}

void ConsoleTabs::attach(ConsoleTab *tab)
{
    ConsoleWindow *window = m_windows.take(tab);
    if (!window)
        return;
    window->takeTab();
    window->hide();
    window->deleteLater();
    addDocked(tab);
    this->window()->raise();
    this->window()->activateWindow();
}

bool ConsoleTabs::closeConsole(ConsoleTab *tab)
{
    if (!tab || !tab->confirmClose())
        return false;
    remove(tab);
    return true;
}

void ConsoleTabs::remove(ConsoleTab *tab)
{
    m_consoles.removeAll(tab);
    tab->link()->close(); // now, not when the deferred delete comes
    if (ConsoleWindow *window = m_windows.take(tab)) {
        window->takeTab();
        window->hide();
        window->deleteLater();
    }
    const int index = indexOf(tab);
    if (index >= 0)
        removeTab(index);
    tab->hide();
    tab->deleteLater();
    Q_EMIT dockedCountChanged(count());
}

bool ConsoleTabs::closeAll()
{
    const QList<ConsoleTab *> all = consoles();
    QStringList live;
    for (ConsoleTab *tab : all) {
        if (tab->isLive())
            live << tab->guestName();
    }
    if (!live.isEmpty()) {
        const QString title = tr("Close Consoles");
        const QString question
            = tr("%n console session(s) are connected (%1). Close them? Whoever is logged in "
                 "on those consoles stays logged in.",
                nullptr, int(live.size()))
                  .arg(live.join(u", "_s));
        const QString button = tr("Close Consoles");
        bool yes = false;
        if (m_confirm) {
            yes = m_confirm(title, question, button);
        } else {
            QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::Cancel, this);
            QPushButton *close = box.addButton(button, QMessageBox::AcceptRole);
            box.setDefaultButton(QMessageBox::Cancel);
            box.exec();
            yes = box.clickedButton() == close;
        }
        if (!yes)
            return false;
    }
    for (ConsoleTab *tab : all)
        remove(tab);
    return true;
}

void ConsoleTabs::setHost(const QString &host)
{
    m_host = host;
    for (ConsoleTab *tab : consoles())
        tab->setHost(host);
}

void ConsoleTabs::setConfirmation(ConsoleTab::Confirm confirm)
{
    m_confirm = confirm;
    for (ConsoleTab *tab : consoles())
        tab->setConfirmation(confirm);
}

void ConsoleTabs::setFileChooser(ConsoleTab::ChooseFile choose)
{
    m_chooseFile = choose;
    for (ConsoleTab *tab : consoles())
        tab->setFileChooser(choose);
}

} // namespace charon::ui
