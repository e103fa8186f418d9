// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/table/guestactions.h"

#include "ui/style/icons.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolBar>

using namespace Qt::StringLiterals;
using charon::core::Guest;
using charon::core::GuestState;
using charon::core::JobKind;

namespace charon::ui {

namespace {
template<typename Pred> QStringList namesWhere(const QList<Guest> &guests, Pred pred)
{
    QStringList names;
    for (const Guest &guest : guests) {
        if (pred(guest))
            names << guest.name;
    }
    return names;
}

bool isIn(GuestState state, std::initializer_list<GuestState> states)
{
    return std::find(states.begin(), states.end(), state) != states.end();
}

bool stopping(const Guest &g)
{
    return g.jobInFlight == JobKind::Stop;
}
} // namespace

GuestActions::GuestActions(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
{
    using A = Icons::Action;
    m_start = make(tr("&Start"), Icons::action(A::Start), QKeySequence(u"Ctrl+Shift+S"_s),
        tr("Start the selected guests' emulators"));
    m_stop = make(tr("S&top"), Icons::action(A::Stop), QKeySequence(u"Ctrl+Shift+T"_s),
        tr("Stop cleanly: the stop script shuts the guest OS down, then the emulator ends"));
    m_restart = make(tr("&Restart"), Icons::action(A::Restart), QKeySequence(u"Ctrl+Shift+R"_s),
        tr("Stop cleanly, then start again"));
    m_kill = make(tr("&Force Stop…"), Icons::action(A::Kill), QKeySequence(u"Ctrl+Shift+K"_s),
        tr("End the emulator at once, like pulling the power cord"));
    m_autoBootOn = make(tr("Enable &Auto-boot"), Icons::action(A::AutoBootOn), {},
        tr("Start the emulator when the host boots"));
    m_autoBootOff = make(tr("&Disable Auto-boot"), Icons::action(A::AutoBootOff), {},
        tr("Do not start the emulator when the host boots"));
    m_setDefault
        = make(tr("Set as De&fault"), Icons::action(A::SetDefault), QKeySequence(u"Ctrl+D"_s),
            tr("The command-line tools act on this guest when none is named"));
    m_console = make(tr("Open &Console"), Icons::action(A::Console), QKeySequence(u"Ctrl+Return"_s),
        tr("Open the guest's console"));
    m_logs = make(tr("&Logs and History…"), Icons::level(Icons::Level::Info),
        QKeySequence(u"Ctrl+L"_s),
        tr("The unit's journal, the emulator log and the event history"));
    m_editConfig = make(tr("&Edit Configuration…"), Icons::action(A::EditConfig),
        QKeySequence(u"Ctrl+E"_s), tr("Edit the Charon configuration file"));
    m_editService = make(tr("Service &Settings…"), Icons::action(A::ServiceSettings), {},
        tr("Timeouts, restart on failure, OOM protection, pre-start script"));
    m_editStopScript = make(tr("Edit Stop Scr&ipt…"), Icons::action(A::StopScript), {},
        tr("The clean shutdown commands for this guest"));
    m_editOsProbe = make(tr("Edit OS &Probe Script…"), Icons::action(A::StopScript), {},
        tr("How to ask whether this guest's operating system answers"));
    m_remove = make(tr("Re&move…"), Icons::action(A::Remove), QKeySequence::Delete,
        tr("Remove the guest's service (its configuration and disks stay)"));
    m_addGuest = make(tr("&Add Guest…"), QIcon::fromTheme(u"list-add"_s), QKeySequence::New,
        tr("Add a guest: its emulator, configuration and service"));
    // Delete must stay a text-editing key in the filter box: it removes guests only when the
    // guest table has the focus (the window adds this action to the table).
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // In the toolbar, the everyday actions carry their names; the rarer ones show an icon only.
    for (QAction *action : { m_autoBootOn, m_autoBootOff, m_setDefault, m_editConfig })
        action->setPriority(QAction::LowPriority);

    connect(m_start, &QAction::triggered, this,
        [this] { Q_EMIT startRequested(canStart(m_selection)); });
    connect(
        m_stop, &QAction::triggered, this, [this] { Q_EMIT stopRequested(canStop(m_selection)); });
    connect(m_restart, &QAction::triggered, this,
        [this] { Q_EMIT restartRequested(canRestart(m_selection)); });
    connect(m_kill, &QAction::triggered, this, &GuestActions::onForceStop);
    connect(m_autoBootOn, &QAction::triggered, this,
        [this] { Q_EMIT autoBootRequested(canSetAutoBoot(m_selection, true), true); });
    connect(m_autoBootOff, &QAction::triggered, this,
        [this] { Q_EMIT autoBootRequested(canSetAutoBoot(m_selection, false), false); });
    connect(
        m_setDefault, &QAction::triggered, this, [this] { Q_EMIT setDefaultRequested(single()); });
    connect(m_console, &QAction::triggered, this, [this] { Q_EMIT consoleRequested(single()); });
    connect(m_logs, &QAction::triggered, this, [this] { Q_EMIT logsRequested(single()); });
    connect(
        m_editConfig, &QAction::triggered, this, [this] { Q_EMIT editConfigRequested(single()); });
    connect(m_editService, &QAction::triggered, this,
        [this] { Q_EMIT editServiceRequested(single()); });
    connect(m_editStopScript, &QAction::triggered, this,
        [this] { Q_EMIT editStopScriptRequested(single()); });
    connect(m_editOsProbe, &QAction::triggered, this,
        [this] { Q_EMIT editOsProbeRequested(single()); });
    connect(m_remove, &QAction::triggered, this, &GuestActions::onRemove);
    connect(m_addGuest, &QAction::triggered, this, &GuestActions::addGuestRequested);
    updateEnablement();
}

QAction *GuestActions::make(
    const QString &text, const QIcon &icon, const QKeySequence &shortcut, const QString &toolTip)
{
    auto *action = new QAction(icon, text, this);
    // Toolbar buttons say "Force Stop", not "&Force Stop…".
    action->setIconText(QString(text).remove(u'&').remove(u'…'));
    action->setShortcut(shortcut);
    // The window's shortcuts work wherever the focus is, except inside a text field.
    action->setShortcutContext(Qt::WindowShortcut);
    action->setToolTip(toolTip);
    action->setStatusTip(toolTip);
    return action;
}

QList<QAction *> GuestActions::all() const
{
    return { m_start, m_stop, m_restart, m_kill, m_autoBootOn, m_autoBootOff, m_setDefault,
        m_console, m_logs, m_editConfig, m_editService, m_editStopScript, m_editOsProbe, m_remove,
        m_addGuest };
}

void GuestActions::populateToolBar(QToolBar *toolBar) const
{
    toolBar->addAction(m_addGuest);
    toolBar->addSeparator();
    toolBar->addActions({ m_start, m_stop, m_restart, m_kill });
    toolBar->addSeparator();
    toolBar->addActions({ m_console, m_editConfig });
    toolBar->addSeparator();
    toolBar->addActions({ m_setDefault, m_autoBootOn, m_autoBootOff });
}

void GuestActions::populateMenu(QMenu *menu) const
{
    menu->addAction(m_addGuest);
    menu->addSeparator();
    menu->addActions({ m_start, m_stop, m_restart, m_kill });
    menu->addSeparator();
    menu->addActions({ m_console, m_logs });
    menu->addSeparator();
    menu->addActions({ m_setDefault, m_autoBootOn, m_autoBootOff });
    menu->addSeparator();
    menu->addActions({ m_editConfig, m_editService, m_editStopScript, m_editOsProbe });
    menu->addSeparator();
    menu->addAction(m_remove);
}

QStringList GuestActions::canStart(const QList<Guest> &guests)
{
    return namesWhere(guests, [](const Guest &g) {
        return isIn(g.derived.state, { GuestState::Inactive, GuestState::Failed })
            && g.jobInFlight == JobKind::None;
    });
}

QStringList GuestActions::canStop(const QList<Guest> &guests)
{
    return namesWhere(guests, [](const Guest &g) {
        return isIn(g.derived.state, { GuestState::Active, GuestState::Activating })
            && !stopping(g);
    });
}

QStringList GuestActions::canRestart(const QList<Guest> &guests)
{
    return namesWhere(guests, [](const Guest &g) {
        return g.derived.state == GuestState::Active && g.jobInFlight == JobKind::None;
    });
}

QStringList GuestActions::canForceStop(const QList<Guest> &guests)
{
    // Also while stopping: a hung stop script is exactly when a power-off is needed.
    return namesWhere(guests, [](const Guest &g) {
        return isIn(g.derived.state,
            { GuestState::Active, GuestState::Activating, GuestState::Deactivating });
    });
}

QStringList GuestActions::canSetAutoBoot(const QList<Guest> &guests, bool enable)
{
    return namesWhere(guests, [enable](const Guest &g) {
        return g.autoBoot != enable && g.derived.state != GuestState::Unknown
            && g.jobInFlight == JobKind::None;
    });
}

QStringList GuestActions::canRemove(const QList<Guest> &guests)
{
    return namesWhere(guests, [](const Guest &g) { return g.jobInFlight == JobKind::None; });
}

void GuestActions::setSelection(const QList<Guest> &guests)
{
    m_selection = guests;
    updateEnablement();
}

QString GuestActions::single() const
{
    return m_selection.size() == 1 ? m_selection.first().name : QString();
}

void GuestActions::updateEnablement()
{
    m_start->setEnabled(!canStart(m_selection).isEmpty());
    m_stop->setEnabled(!canStop(m_selection).isEmpty());
    m_restart->setEnabled(!canRestart(m_selection).isEmpty());
    m_kill->setEnabled(!canForceStop(m_selection).isEmpty());
    m_autoBootOn->setEnabled(!canSetAutoBoot(m_selection, true).isEmpty());
    m_autoBootOff->setEnabled(!canSetAutoBoot(m_selection, false).isEmpty());
    m_remove->setEnabled(!canRemove(m_selection).isEmpty());
    const Guest *one = m_selection.size() == 1 ? &m_selection.first() : nullptr;
    m_setDefault->setEnabled(one && !one->isDefault);
    m_logs->setEnabled(one != nullptr);
    m_console->setEnabled(one && one->config.consolePort >= 0
        && isIn(one->derived.state, { GuestState::Active, GuestState::Activating }));
    for (QAction *edit : { m_editConfig, m_editService, m_editStopScript, m_editOsProbe })
        edit->setEnabled(one != nullptr);
}

bool GuestActions::confirm(const QString &title, const QString &question, const QString &button)
{
    if (m_confirm)
        return m_confirm(question);
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::Cancel, m_dialogParent);
    QPushButton *yes = box.addButton(button, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

void GuestActions::onForceStop()
{
    const QStringList names = canForceStop(m_selection);
    if (names.isEmpty())
        return;
    const QString question = names.size() == 1
        ? tr("Force stop %1?\n\nThe emulator is ended at once: for the guest OS this is a "
             "power-off, without a clean shutdown. Unsaved data in the guest is lost.")
              .arg(names.first())
        : tr("Force stop %1 guests (%2)?\n\nEach emulator is ended at once: for the guest OS "
             "this is a power-off, without a clean shutdown. Unsaved data in the guests is "
             "lost.")
              .arg(names.size())
              .arg(names.join(u", "_s));
    if (confirm(tr("Force Stop"), question, tr("Power Off")))
        Q_EMIT forceStopRequested(names);
}

QString GuestActions::removeQuestion(const QList<Guest> &guests)
{
    constexpr int detailed = 8; // beyond, the names only: the dialog must fit on a screen
    QStringList names, running, parts;
    for (const Guest &g : guests) {
        names << g.name;
        if (!isIn(
                g.derived.state, { GuestState::Inactive, GuestState::Failed, GuestState::Unknown }))
            running << g.name;
    }
    for (qsizetype i = 0; i < guests.size() && i < detailed; ++i) {
        const Guest &g = guests.at(i);
        QStringList removed;
        const QString unitPath = g.unitFiles.value(0);
        removed << (unitPath.isEmpty() ? tr("its systemd unit %1").arg(g.unit)
                                       : tr("its systemd unit %1").arg(unitPath));
        for (const QString &file : g.unitFiles.mid(1)) {
            if (file.endsWith(u"/50-charon-manager.conf"_s))
                removed << tr("our drop-in %1").arg(file);
        }
        if (g.isDefault)
            removed << tr("its default-guest mark");
        QString part = tr("%1 — removed: %2.").arg(g.name, removed.join(u"; "_s));
        part += u'\n'
            + tr("Kept: the configuration %1, the working directory %2, and the disks and logs "
                 "the configuration names.")
                  .arg(g.configPath, g.workDir);
        if (running.contains(g.name))
            part += u'\n'
                + tr("%1 is running: it is stopped cleanly first (the stop script runs).")
                      .arg(g.name);
        parts << part;
    }
    if (guests.size() > detailed)
        parts << tr("…and %1 more: %2.")
                     .arg(guests.size() - detailed)
                     .arg(names.mid(detailed).join(u", "_s));
    const QString head = guests.size() == 1
        ? tr("Remove %1?").arg(names.first())
        : tr("Remove %1 guests (%2)?").arg(guests.size()).arg(names.join(u", "_s));
    return head + u"\n\n"_s + parts.join(u"\n\n"_s) + u"\n\n"_s
        + tr("The configuration files, disks and working directories are kept: adding the guest "
             "again brings it back.");
}

void GuestActions::onRemove()
{
    const QStringList names = canRemove(m_selection);
    if (names.isEmpty())
        return;
    QList<Guest> guests;
    QStringList stopFirst;
    for (const Guest &g : std::as_const(m_selection)) {
        if (!names.contains(g.name))
            continue;
        guests << g;
        if (!isIn(
                g.derived.state, { GuestState::Inactive, GuestState::Failed, GuestState::Unknown }))
            stopFirst << g.name;
    }
    if (confirm(tr("Remove Guests"), removeQuestion(guests), tr("Remove")))
        Q_EMIT removeRequested(names, stopFirst);
}

} // namespace charon::ui
