// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/console/consoletab.h"

#include "core/console/consolesettings.h"
#include "ui/console/consolestatusbar.h"
#include "ui/console/consolewarningstrip.h"
#include "ui/style/icons.h"
#include "ui/terminal/terminalcontextmenu.h"
#include "ui/terminal/terminalview.h"

#include <QAction>
#include <QActionGroup>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;
using charon::core::ConsoleLink;
using charon::core::ConsoleSettings;
using charon::core::Guest;
using charon::core::GuestState;

namespace charon::ui {

namespace {
static_assert(
    int(ConsoleSettings::Identity::Vt100) == int(terminal::TerminalEngine::Identity::Vt100)
    && int(ConsoleSettings::Identity::Vt220) == int(terminal::TerminalEngine::Identity::Vt220)
    && int(ConsoleSettings::Identity::Xterm) == int(terminal::TerminalEngine::Identity::Xterm));
constexpr qsizetype kHighWater = 256 * 1024; // pending terminal input that pauses reading

// Where the next log goes by default: the folder of the last one, for the whole session.
QString &lastLogDirectory()
{
    static QString directory = QDir::homePath();
    return directory;
}
} // namespace

ConsoleTab::ConsoleTab(core::GuestStore *store, const QString &guest, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_guest(guest)
    , m_link(new ConsoleLink(this))
    , m_view(new TerminalView(this))
    , m_warning(new ConsoleWarningStrip(this))
    , m_status(new ConsoleStatusBar(this))
{
    setObjectName(u"consoleTab"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_warning);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    m_warning->setVisible(false);
    setFocusProxy(m_view);
    m_view->setAccessibleName(tr("Console of %1").arg(guest));
    buildActions();

    connect(m_link, &ConsoleLink::dataReceived, this, &ConsoleTab::onData);
    connect(m_link, &ConsoleLink::statusChanged, this, &ConsoleTab::updateStatus);
    connect(m_link, &ConsoleLink::sessionStarted, this, [this] {
        if (m_sessions++ > 0)
            mark(tr("console reconnected"));
    });
    connect(m_link, &ConsoleLink::sessionEnded, this, [this] { mark(tr("console closed")); });
    connect(m_view, &TerminalView::sendBytes, m_link, &ConsoleLink::sendData);
    connect(m_view, &TerminalView::terminalSizeChanged, m_link, &ConsoleLink::setWindowSize);
    connect(m_view, &TerminalView::breakRequested, this, &ConsoleTab::requestBreak);
    connect(
        m_view, &TerminalView::readyForMore, m_link, [this] { m_link->setReadingPaused(false); });
    connect(m_warning, &ConsoleWarningStrip::connectAnyway, this, [this] {
        Q_EMIT haltWarningAccepted(m_guest);
        connectNow();
    });
    connect(m_view, &TerminalView::switchTabRequested, this, &ConsoleTab::switchTabRequested);
    connect(m_view, &TerminalView::closeRequested, this, &ConsoleTab::closeRequested);
    connect(m_view, &TerminalView::leaveRequested, this, &ConsoleTab::leaveRequested);
    // Keyboard order: the warning's button, then the terminal, then the status bar's buttons.
    setTabOrder(m_warning->connectButton(), m_view);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);

    m_connectingLater.setSingleShot(true);
    m_connectingLater.setInterval(1000);
    connect(&m_connectingLater, &QTimer::timeout, this, [this] {
        m_connectingDue = true;
        updateStatus();
    });
    connect(store, &core::GuestStore::guestChanged, this,
        [this](int, const QString &name, Guest::Fields fields) {
            if (name == m_guest && (fields & (Guest::Field::State | Guest::Field::Config)))
                applyGuest();
        });
    connect(store, &core::GuestStore::guestAdded, this, [this](int, const QString &name) {
        if (name == m_guest)
            applyGuest();
    });
    connect(store, &core::GuestStore::guestRemoved, this, [this](int, const QString &name) {
        if (name == m_guest)
            m_link->setGuestState(GuestState::Unknown);
    });
    applyGuest();
    updateStatus();
}

ConsoleTab::~ConsoleTab()
{
    m_link->disconnect(this);
    m_link->close();
    m_log.close();
}

void ConsoleTab::buildActions()
{
    m_breakAction = new QAction(tr("Send Break…"), this);
    m_breakAction->setToolTip(tr("Send a telnet BREAK to the guest (asks first)"));
    connect(m_breakAction, &QAction::triggered, this, &ConsoleTab::requestBreak);
    m_logAction = new QAction(tr("Log to File…"), this);
    m_logAction->setCheckable(true);
    m_logAction->setToolTip(tr("Write everything the console shows to a file"));
    connect(m_logAction, &QAction::toggled, this, &ConsoleTab::onLogToggled);
    m_detachAction = new QAction(tr("Detach"), this);
    m_detachAction->setToolTip(tr("Move this console into a window of its own"));
    connect(m_detachAction, &QAction::triggered, this,
        [this] { m_detached ? Q_EMIT attachRequested() : Q_EMIT detachRequested(); });
    buildTerminalMenu();
    m_status->addAction(m_breakAction);
    m_status->addAction(m_logAction);
    m_status->addAction(m_terminalMenu->menuAction());
    m_status->addAction(m_detachAction);
    applyConsoleSettings();
}

namespace {
// One entry of a Terminal submenu: the setting's value, its menu text and its tooltip.
template<typename Value> struct Choice
{
    Value value;
    QString text;
    QString tip;
};
} // namespace

void ConsoleTab::buildTerminalMenu()
{
    // The terminal client's preferences for this guest (like a saved PuTTY session), kept in
    // the application's settings by ConsoleSettings, shared with `charon-vm console`.
    m_terminalMenu = new QMenu(tr("Terminal"), this);
    m_terminalMenu->setAccessibleName(tr("Terminal settings"));
    m_terminalMenu->menuAction()->setToolTip(
        tr("Return key, terminal identity and 132-column display for this guest"));
    const auto addGroup
        = [this](const QString &title, const auto &choices, auto current, auto apply) {
              QMenu *sub = m_terminalMenu->addMenu(title);
              sub->setAccessibleName(title);
              auto *group = new QActionGroup(sub);
              for (const auto &[value, text, tip] : choices) {
                  QAction *action = sub->addAction(text);
                  action->setCheckable(true);
                  action->setToolTip(tip);
                  action->setData(int(value));
                  group->addAction(action);
                  connect(action, &QAction::triggered, this, [this, apply, value] {
                      apply(m_guest, value);
                      applyConsoleSettings();
                  });
              }
              connect(sub, &QMenu::aboutToShow, this, [group, current, this] {
                  for (QAction *action : group->actions())
                      action->setChecked(action->data().toInt() == int(current(m_guest)));
              });
          };
    using R = ConsoleSettings::ReturnMode;
    const Choice<R> returns[] = {
        { R::Auto, tr("&Automatic"),
            tr("CR LF to a telnet console, CR alone to a raw socket that never negotiates") },
        { R::Telnet, tr("&Telnet (CR LF)"), tr("Always the telnet rule: CR LF, CR in binary") },
        { R::Raw, tr("&Raw (CR)"), tr("Always CR alone, as PuTTY's Raw connections") },
    };
    addGroup(tr("&Return Key"), returns, &ConsoleSettings::returnMode,
        [](const QString &guest, R mode) { ConsoleSettings::setReturnMode(guest, mode); });
    using I = ConsoleSettings::Identity;
    const Choice<I> identities[] = {
        { I::Vt100, tr("VT&100"), tr("Answers as a VT100 with AVO; terminal type VT100") },
        { I::Vt220, tr("VT&220"), tr("Answers as a VT220; terminal type VT220") },
        { I::Xterm, tr("&xterm"),
            tr("Answers as a VT220 with colour; terminal type XTERM-256COLOR") },
    };
    addGroup(tr("Terminal &Identity"), identities, &ConsoleSettings::identity,
        [](const QString &guest, I identity) { ConsoleSettings::setIdentity(guest, identity); });
    using W = ConsoleSettings::WideFit;
    const Choice<W> fits[] = {
        { W::ShrinkFont, tr("&Narrow to Fit"),
            tr("132 columns are drawn narrower to fit the window") },
        { W::Scroll, tr("&Scroll Sideways"),
            tr("132 columns keep the font; a scroll bar moves along") },
    };
    addGroup(tr("&132 Columns"), fits, &ConsoleSettings::wideFit,
        [](const QString &guest, W fit) { ConsoleSettings::setWideFit(guest, fit); });
}

void ConsoleTab::applyConsoleSettings()
{
    const ConsoleSettings::Identity identity = ConsoleSettings::identity(m_guest);
    m_view->engine()->setIdentity(terminal::TerminalEngine::Identity(int(identity)));
    // The type is sent when the guest asks (TERMINAL-TYPE), at the next session at the latest.
    m_link->setTerminalType(ConsoleSettings::terminalType(identity));
    m_link->setReturnMode(ConsoleSettings::returnMode(m_guest));
    m_view->setWideFit(ConsoleSettings::wideFit(m_guest) == ConsoleSettings::WideFit::Scroll
            ? TerminalView::WideFit::Scroll
            : TerminalView::WideFit::ShrinkFont);
}

void ConsoleTab::setHost(const QString &host)
{
    m_host = host;
    applyGuest();
}

void ConsoleTab::applyGuest()
{
    const Guest *guest = m_store->find(m_guest);
    if (!guest) {
        m_status->setGuest(m_guest, m_port);
        return;
    }
    m_port = guest->config.consolePort;
    m_breakOn = guest->config.breakOn;
    m_haltWarning = ConsoleLink::haltWarning(guest->config.breakOn, guest->config.stopOn);
    m_status->setGuest(m_guest, m_port);
    m_status->setHaltNote(m_haltWarning);
    if (m_port > 0)
        m_link->setEndpoint(m_host, quint16(m_port));
    m_link->setGuestState(guest->derived.state);
}

void ConsoleTab::start(bool haltWarningAccepted)
{
    if (!m_haltWarning.isEmpty() && !haltWarningAccepted) {
        m_waitingForWarning = true;
        m_warning->setText(tr("<b>Careful:</b> %1 Connect only if you mean to use this console "
                              "with that in mind.")
                               .arg(m_haltWarning.toHtmlEscaped()));
        m_warning->setVisible(true);
        updateStatus();
        return;
    }
    connectNow();
}

void ConsoleTab::connectNow()
{
    m_waitingForWarning = false;
    m_warning->setVisible(false);
    if (m_port <= 0) {
        updateStatus();
        return;
    }
    m_link->setWindowSize(m_view->columns(), m_view->rows());
    m_link->open();
    updateStatus();
    m_view->setFocus();
}

QString ConsoleTab::statusText() const
{
    const QString state = stateText();
    return m_retryText.isEmpty() ? state : state + u' ' + m_retryText;
}

QString ConsoleTab::stateText() const
{
    if (m_waitingForWarning)
        return tr("Not connected: the console waits for you to read the warning above.");
    if (m_port <= 0)
        return tr("The configuration of %1 sets no console port.").arg(m_guest);
    return m_link->stateText();
}

QIcon ConsoleTab::statusIcon() const
{
    using S = ConsoleLink::Status;
    if (m_waitingForWarning || m_port <= 0)
        return Icons::level(Icons::Level::Warning);
    switch (m_link->status()) {
    case S::Connected:
        return Icons::state(GuestState::Active);
    case S::Connecting:
    case S::GuestStarting:
        return Icons::state(GuestState::Activating);
    case S::InUse:
    case S::Unreachable:
        return Icons::level(Icons::Level::Warning);
    default:
        break;
    }
    return Icons::state(GuestState::Inactive);
}

void ConsoleTab::updateStatus()
{
    using S = ConsoleLink::Status;
    using Tone = ConsoleStatusBar::Tone;
    const S status = m_link->status();
    // A retry's dial: the refusal and its retry time stay a moment, as the answer (refused
    // again, or connected) usually comes at once.
    const bool wasRefused = m_shownStatus == S::InUse || m_shownStatus == S::Unreachable;
    if (status == S::Connecting && wasRefused && !m_connectingDue && !m_waitingForWarning) {
        if (!m_connectingLater.isActive())
            m_connectingLater.start();
        return;
    }
    m_connectingLater.stop();
    m_connectingDue = false;
    m_shownStatus = status;
    const int retryIn = m_link->retryInMs();
    m_retryText = retryIn >= 0 && (status == S::InUse || status == S::Unreachable)
        ? tr("Retrying at %1.")
              .arg(QLocale().toString(QTime::currentTime().addMSecs(retryIn), u"HH:mm:ss"_s))
        : QString();
    Tone tone = Tone::Neutral;
    switch (status) {
    case S::Connected:
        tone = Tone::Good;
        break;
    case S::Connecting:
    case S::GuestStarting:
        tone = Tone::Waiting;
        break;
    case S::InUse:
    case S::Unreachable:
        tone = Tone::Problem;
        break;
    default:
        break;
    }
    if (m_waitingForWarning || m_port <= 0)
        tone = Tone::Problem;
    m_status->setState(tone, stateText());
    m_status->setRetry(m_retryText);
    m_breakAction->setEnabled(m_link->isConnected());
    // With no session there is nothing to type into: Tab moves on, to the strip or the bar.
    m_view->setTabNavigation(!m_link->isConnected());
    Q_EMIT statusChanged();
}

void ConsoleTab::onData(const QByteArray &bytes)
{
    m_view->feed(bytes);
    // A flood faster than the terminal: stop reading until the backlog is small again, so
    // the window stays responsive and memory bounded (TCP slows the guest's side down).
    if (m_view->pendingBytes() > kHighWater)
        m_link->setReadingPaused(true);
    if (m_log.isOpen() && !m_log.write(bytes)) {
        const QString error = m_log.errorString();
        stopLogging();
        m_status->setLogNote(tr("Logging stopped: %1").arg(error));
    }
}

void ConsoleTab::mark(const QString &what)
{
    // Our own line in the terminal (not in the log): where one session ends and the next
    // begins, in italic cyan so it does not pass for guest output.
    const QString line = u"[%1 %2]"_s.arg(what, QTime::currentTime().toString(u"HH:mm:ss"_s));
    m_view->feed("\r\n\x1b[0;3;36m" + line.toUtf8() + "\x1b[0m\r\n");
}

void ConsoleTab::requestBreak()
{
    if (!m_link->isConnected())
        return;
    const QString question = !m_breakOn.isEmpty()
        ? tr("Send a Break to %1? Its configuration sets break_on=\"%2\": a Break halts the "
             "guest at once, without shutting its operating system down.")
              .arg(m_guest, m_breakOn)
        : tr("Send a Break to %1? Depending on the emulator and the guest, a Break can halt "
             "the guest into its firmware, stopping the operating system without a shutdown.")
              .arg(m_guest);
    if (ask(tr("Send Break"), question, tr("Send Break")))
        m_link->sendBreak();
}

bool ConsoleTab::startLogging(const QString &path)
{
    if (!m_log.open(path)) {
        m_status->setLogNote(tr("Cannot log to %1: %2").arg(path, m_log.errorString()));
        const QSignalBlocker blocker(m_logAction);
        m_logAction->setChecked(false);
        return false;
    }
    lastLogDirectory() = QFileInfo(path).absolutePath();
    m_status->setLogNote(tr("Logging to %1").arg(QFileInfo(path).fileName()));
    const QSignalBlocker blocker(m_logAction);
    m_logAction->setChecked(true);
    return true;
}

void ConsoleTab::stopLogging()
{
    m_log.close();
    m_status->setLogNote({});
    const QSignalBlocker blocker(m_logAction);
    m_logAction->setChecked(false);
}

void ConsoleTab::onLogToggled(bool on)
{
    if (!on) {
        stopLogging();
        return;
    }
    const QString suggested = QDir(lastLogDirectory())
                                  .filePath(core::ConsoleLogFile::defaultFileName(
                                      m_guest, QDateTime::currentDateTime()));
    const QString path = m_chooseFile
        ? m_chooseFile(suggested)
        : QFileDialog::getSaveFileName(this, tr("Log Console of %1").arg(m_guest), suggested,
            tr("Log files (*.log);;All files (*)"));
    if (path.isEmpty()) {
        const QSignalBlocker blocker(m_logAction);
        m_logAction->setChecked(false);
        return;
    }
    startLogging(path);
}

void ConsoleTab::setDetached(bool detached)
{
    m_detached = detached;
    m_detachAction->setText(detached ? tr("Attach") : tr("Detach"));
    m_detachAction->setToolTip(detached ? tr("Put this console back into the main window")
                                        : tr("Move this console into a window of its own"));
}

bool ConsoleTab::confirmClose()
{
    if (!isLive())
        return true;
    return ask(tr("Close Console"),
        tr("Close the console of %1? The connection ends; whoever is logged in on the guest's "
           "console stays logged in.")
            .arg(m_guest),
        tr("Close Console"));
}

void ConsoleTab::focusConsole()
{
    if (m_waitingForWarning)
        m_warning->connectButton()->setFocus(Qt::OtherFocusReason);
    else
        m_view->setFocus(Qt::OtherFocusReason);
}

bool ConsoleTab::ask(const QString &title, const QString &question, const QString &button)
{
    if (m_confirm)
        return m_confirm(title, question, button);
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::Cancel, this);
    QPushButton *yes = box.addButton(button, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

bool ConsoleTab::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ContextMenu
        || (watched != m_view && watched != m_view->viewport()))
        return QWidget::eventFilter(watched, event);
    // The view's own menu, plus what only the tab can do.
    const std::unique_ptr<QMenu> menu(TerminalContextMenu::create(m_view, nullptr));
    menu->addSeparator();
    menu->addAction(m_logAction);
    menu->addMenu(m_terminalMenu);
    menu->addAction(m_detachAction);
    menu->exec(static_cast<QContextMenuEvent *>(event)->globalPos());
    return true;
}

} // namespace charon::ui
