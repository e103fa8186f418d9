// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/window/mainwindow.h"

#include "ui/console/consoletabs.h"
#include "ui/logs/logswindows.h"
#include "ui/manage/emptyhostpanel.h"
#include "ui/style/animationsetting.h"
#include "ui/style/themesetting.h"
#include "ui/table/guestactions.h"
#include "ui/table/guestfilterproxy.h"
#include "ui/table/guesttablemodel.h"
#include "ui/table/guesttableview.h"
#include "ui/window/guestdetailspane.h"
#include "ui/window/hostheader.h"
#include "ui/window/keyboardhelp.h"
#include "ui/window/messagebar.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWindow>

using namespace Qt::StringLiterals;
using charon::core::Guest;
using charon::core::GuestStore;

namespace charon::ui {

namespace {
const QString kGeometryKey = u"mainWindow/geometry"_s;
const QString kStateKey = u"mainWindow/state"_s;
const QString kSplitterKey = u"mainWindow/splitter"_s;
const QString kColumnsKey = u"guestTable/header"_s;
const QString kGuestsHeightKey = u"mainWindow/guestsHeightWithConsoles"_s;
constexpr int kMinimumRows = 5; // the table's least height beside open consoles
} // namespace

MainWindow::MainWindow(GuestStore *store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_model(new GuestTableModel(store, this))
    , m_proxy(new GuestFilterProxy(this))
    , m_header(new HostHeader(store, this))
    , m_messages(new MessageBar(this))
    , m_actions(new GuestActions(this))
    , m_view(new GuestTableView(m_model, m_proxy, this))
    , m_details(new GuestDetailsPane(store, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_filter(new QLineEdit(this))
    , m_shown(new QLabel(this))
    , m_consoles(new ConsoleTabs(store, this))
    , m_consoleSplitter(new QSplitter(Qt::Vertical, this))
    , m_logsWindows(new LogsWindows(store, this))
    , m_empty(new EmptyHostPanel(this))
    , m_tableArea(new QStackedWidget(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(QApplication::applicationDisplayName());
    m_view->setActions(m_actions);

    m_filter->setObjectName(u"guestFilter"_s);
    m_filter->setAccessibleName(tr("Filter guests"));
    m_filter->setPlaceholderText(tr("Filter by name, configuration or state (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    // Narrow enough to stay in the toolbar of an 800-pixel window (it grows when there is
    // room); the whole hint is its tooltip.
    m_filter->setMinimumWidth(fontMetrics().averageCharWidth() * 22);
    m_filter->setMaximumWidth(fontMetrics().horizontalAdvance(m_filter->placeholderText()) + 40);
    m_filter->setToolTip(m_filter->placeholderText());
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &GuestFilterProxy::setFilterText);
    auto *clearFilter = new QAction(m_filter);
    clearFilter->setShortcut(Qt::Key_Escape);
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    connect(clearFilter, &QAction::triggered, this, [this] {
        m_filter->clear();
        m_view->setFocus(Qt::ShortcutFocusReason);
    });
    m_filter->addAction(clearFilter);

    m_tableArea->addWidget(m_view);
    m_tableArea->addWidget(m_empty);
    connect(m_empty, &EmptyHostPanel::addRequested, m_actions->addGuest(), &QAction::trigger);
    m_splitter->addWidget(m_tableArea);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(true);
    m_details->setMinimumWidth(260);
    m_splitter->setSizes({ 980, 290 });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_header);
    layout->addWidget(m_messages);
    m_consoleSplitter->setObjectName(u"consoleSplitter"_s);
    m_consoleSplitter->addWidget(m_splitter);
    m_consoleSplitter->addWidget(m_consoles);
    m_consoleSplitter->setStretchFactor(0, 1);
    m_consoleSplitter->setStretchFactor(1, 3);
    m_consoleSplitter->setChildrenCollapsible(false);
    m_consoles->setVisible(false);
    layout->addWidget(m_consoleSplitter, 1);
    setCentralWidget(central);

    applyAnimationSetting(AnimationSetting::storedNoAnimations()); // before the menu shows it
    buildMenus();
    connect(m_view, &GuestTableView::selectionChangedTo, this, &MainWindow::onSelectionChanged);
    connect(m_view, &GuestTableView::currentGuestChanged, this, &MainWindow::onSelectionChanged);
    connect(store, &GuestStore::guestChanged, this, &MainWindow::onGuestChanged);
    connect(m_actions, &GuestActions::consoleRequested, this, &MainWindow::openConsole);
    connect(this, &MainWindow::consoleRequested, m_consoles, &ConsoleTabs::openConsole);
    connect(m_actions, &GuestActions::logsRequested, m_logsWindows, &LogsWindows::open);
    connect(m_details, &GuestDetailsPane::logsRequested, m_logsWindows, &LogsWindows::open);
    // The guests keep a useful height beside the consoles: at least a few rows, and the
    // height the admin last gave them (remembered across sessions).
    connect(m_consoles, &ConsoleTabs::dockedCountChanged, m_consoles, [this](int count) {
        if (count > 0 && !m_consoles->isVisible()) {
            const int row = m_view->sizeHintForRow(0) > 0 ? m_view->sizeHintForRow(0)
                                                          : m_view->fontMetrics().height() + 8;
            m_view->setMinimumHeight(m_view->header()->sizeHint().height() + kMinimumRows * row
                + 2 * m_view->frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent));
            const int height = m_consoleSplitter->height();
            const int guests = m_guestsHeight > 0 ? m_guestsHeight : std::max(150, height / 4);
            m_consoleSplitter->setSizes({ guests, std::max(1, height - guests) });
        }
        m_consoles->setVisible(count > 0);
        if (count == 0)
            m_view->setMinimumHeight(0); // all the room is the table's again
    });
    connect(m_consoleSplitter, &QSplitter::splitterMoved, this, [this] {
        if (m_consoles->isVisible())
            m_guestsHeight = m_consoleSplitter->sizes().value(0);
    });
    connect(m_consoles, &ConsoleTabs::leaveRequested, this, [this] {
        showAndRaise();
        m_view->setFocus(Qt::ShortcutFocusReason);
    });
    restoreSettings();
    ThemeSetting::apply(ThemeSetting::stored());
    onSelectionChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    auto *toolBar = addToolBar(tr("Guests"));
    toolBar->setObjectName(u"guestToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_actions->populateToolBar(toolBar);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(m_filter);

    QMenu *guestMenu = menuBar()->addMenu(tr("&Guest"));
    m_actions->populateMenu(guestMenu);
    guestMenu->addSeparator();
    QAction *quit = guestMenu->addAction(tr("&Quit"), this, &MainWindow::requestQuit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu = viewMenu;
    QAction *find = viewMenu->addAction(tr("&Filter Guests"), m_filter, [this, toolBar] {
        // In a narrow window the filter sits in the toolbar's overflow: unfold it first.
        if (!m_filter->isVisible()) {
            if (!toolBar->isVisible())
                toolBar->show();
            auto *more = toolBar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s);
            if (!m_filter->isVisible() && more && more->isVisible())
                more->click();
        }
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *details = viewMenu->addAction(tr("&Details Pane"));
    details->setCheckable(true);
    details->setChecked(true);
    connect(details, &QAction::toggled, this, [this](bool shown) {
        m_detailsShown = shown;
        updateEmptyState();
    });
    viewMenu->addAction(toolBar->toggleViewAction());
    viewMenu->addSeparator();
    // Keyboard ways between the areas; in a console only Ctrl+Shift+L works (F6 is the guest's).
    QAction *table = viewMenu->addAction(
        tr("Guest T&able"), this, [this] { m_view->setFocus(Qt::ShortcutFocusReason); });
    table->setShortcut(QKeySequence(u"Ctrl+Shift+L"_s));
    QAction *nextArea = viewMenu->addAction(tr("&Next Area"), this, [this] { cycleArea(1); });
    nextArea->setShortcut(Qt::Key_F6);
    QAction *previousArea
        = viewMenu->addAction(tr("&Previous Area"), this, [this] { cycleArea(-1); });
    previousArea->setShortcut(QKeySequence(Qt::ShiftModifier | Qt::Key_F6));
    // The colours: the desktop's, or our light or dark palette (remembered).
    QMenu *theme = viewMenu->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(theme);
    for (const auto &[mode, text] : { std::pair { ThemeSetting::Mode::System, tr("&System") },
             std::pair { ThemeSetting::Mode::Light, tr("&Light") },
             std::pair { ThemeSetting::Mode::Dark, tr("&Dark") } }) {
        QAction *choice = theme->addAction(text);
        choice->setCheckable(true);
        choice->setChecked(ThemeSetting::stored() == mode);
        themes->addAction(choice);
        connect(choice, &QAction::triggered, this, [mode] {
            ThemeSetting::store(mode);
            ThemeSetting::apply(mode);
        });
    }
    // Over ssh -X every frame is pixels on the wire: the spinner, menu effects and blinking
    // cursors can be turned off (remembered).
    QAction *still = viewMenu->addAction(tr("No &Animations (for slow remote links)"));
    still->setObjectName(u"noAnimations"_s);
    still->setCheckable(true);
    still->setChecked(!AnimationSetting::animationsOn());
    connect(still, &QAction::toggled, this, [this](bool noAnimations) {
        AnimationSetting::store(noAnimations);
        applyAnimationSetting(noAnimations);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard"), this, [this] { KeyboardHelp::show(this); });
    help->addAction(tr("&About Charon Manager"), this, [this] {
        QMessageBox::about(this, tr("About Charon Manager"),
            tr("<b>Charon Manager</b> %1<br>Runs Stromasys Charon emulators as systemd "
               "services.")
                .arg(QApplication::applicationVersion()));
    });
    // The status bar shows the actions' explanations as the mouse passes over them, and how
    // many guests the filter lets through.
    statusBar()->setSizeGripEnabled(true);
    statusBar()->addPermanentWidget(m_shown);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, this, &MainWindow::updateShownCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateShownCount);
    // The empty state follows the guests, not what the filter lets through.
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_model, signal, this, &MainWindow::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateShownCount);
    updateShownCount();
}

void MainWindow::applyAnimationSetting(bool noAnimations)
{
    AnimationSetting::apply(noAnimations);
    m_model->setActivityInterval(noAnimations ? 0 : GuestTableModel::kActivityInterval);
}

void MainWindow::updateEmptyState()
{
    const bool empty = m_guestsLoaded && m_model->rowCount() == 0;
    m_tableArea->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
    m_details->setVisible(!empty && m_detailsShown);
}

void MainWindow::setGuestsLoaded(bool loaded)
{
    m_guestsLoaded = loaded;
    updateEmptyState();
}

void MainWindow::updateShownCount()
{
    updateEmptyState();
    const int shown = m_proxy->rowCount();
    const int total = m_store->count();
    if (shown != total)
        m_shown->setText(tr("%1 of %2 guests shown").arg(shown).arg(total));
    else
        m_shown->setText(total == 1 ? tr("1 guest") : tr("%1 guests").arg(total));
}

void MainWindow::setHost(const QString &hostName, const QString &scope)
{
    m_header->setHost(hostName, scope);
    m_empty->setUserScope(scope == u"user"_s);
    // The document part only: the platform appends " — " and the application display name
    // itself (QPlatformWindow::formatWindowTitle), so naming it here showed it twice.
    setWindowTitle(m_header->hostText());
}

QString MainWindow::shownCountText() const
{
    return m_shown->text();
}

QStringList MainWindow::selectedGuests() const
{
    return m_view->selectedGuests();
}

bool MainWindow::selectGuest(const QString &name)
{
    return m_view->selectGuest(name);
}

void MainWindow::cycleArea(int step)
{
    // The table, the details (when shown) and the current console (when docked), in a ring.
    QList<QWidget *> areas { m_view };
    if (m_details->isVisible())
        areas << m_details;
    if (m_consoles->isVisible() && m_consoles->currentWidget())
        areas << m_consoles->currentWidget();
    const QWidget *focus = QApplication::focusWidget();
    qsizetype at = -1;
    for (qsizetype i = 0; i < areas.size(); ++i) {
        if (focus && (focus == areas[i] || areas[i]->isAncestorOf(focus)))
            at = i;
    }
    const qsizetype next
        = at < 0 ? (step > 0 ? 0 : areas.size() - 1) : (at + step + areas.size()) % areas.size();
    if (auto *console = qobject_cast<ConsoleTab *>(areas[next]))
        console->focusConsole(); // "Connect anyway" while the halt-key warning waits
    else
        areas[next]->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::openConsole(const QString &name)
{
    if (!name.isEmpty())
        Q_EMIT consoleRequested(name);
}

void MainWindow::onSelectionChanged()
{
    QList<Guest> guests;
    const QStringList names = m_view->selectedGuests();
    for (const QString &name : names) {
        if (const Guest *guest = m_store->find(name))
            guests << *guest;
    }
    m_actions->setSelection(guests);
    // The pane follows the selection (the focus alone does not select anything): with several
    // guests selected it shows the one last clicked.
    const QString current = m_view->currentGuest();
    if (names.isEmpty())
        m_details->showGuest({});
    else
        m_details->showGuest(names.contains(current) ? current : names.first());
}

void MainWindow::onGuestChanged(int /*row*/, const QString &name, Guest::Fields fields)
{
    // Enablement depends on state, job, auto-boot, default flag and console port.
    using F = Guest::Field;
    if (!(fields & (F::State | F::Job | F::Settings | F::Default | F::Config | F::Identity)))
        return;
    for (const Guest &guest : m_actions->selection()) {
        if (guest.name == name) {
            onSelectionChanged();
            return;
        }
    }
}

void MainWindow::requestQuit()
{
    if (!m_consoles->closeAll())
        return;
    saveSettings();
    m_hideOnClose = false;
    close();
    QApplication::quit();
}

void MainWindow::setHideOnClose(bool hide)
{
    m_hideOnClose = hide;
    // Hidden, the window is not "the last window": a dialog opened from the tray and closed
    // must not end the application. Quit says so explicitly.
    QApplication::setQuitOnLastWindowClosed(!hide);
}

void MainWindow::showAndRaise()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_hideOnClose) {
        // The tray keeps watching; consoles stay connected for when the window comes back.
        saveSettings();
        hide();
        event->ignore();
        return;
    }
    if (!m_consoles->closeAll()) { // a live console session, and the user kept it
        event->ignore();
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    if (m_guestsHeight > 0)
        settings.setValue(kGuestsHeightKey, m_guestsHeight);
    m_view->saveLayout(kColumnsKey);
}

QRect MainWindow::clampedTo(const QRect &wanted, const QRect &available)
{
    if (available.isEmpty())
        return wanted;
    QRect r(wanted.topLeft(), wanted.size().boundedTo(available.size()));
    if (r.right() > available.right())
        r.moveRight(available.right());
    if (r.bottom() > available.bottom())
        r.moveBottom(available.bottom());
    if (r.left() < available.left())
        r.moveLeft(available.left());
    if (r.top() < available.top())
        r.moveTop(available.top());
    return r;
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1280, 760);
    // A geometry saved on a bigger screen, or the default on a small or scaled one
    // (QT_SCALE_FACTOR=2 on 1400x900), must still open within the screen.
    // The window manager's frame is not known before the first show: leave room for a usual
    // one (a title bar and thin borders) unless the platform already says what it is.
    if (const QScreen *where = screen(); where && !isMaximized() && !isFullScreen()) {
        QMargins frame = windowHandle() ? windowHandle()->frameMargins() : QMargins();
        if (frame.isNull())
            frame = QMargins(4, 32, 4, 4);
        // The size leaves that room. A window already on the screen stays where it is (a window
        // manager places a new window's frame itself; without one, as under Xvfb, it stays
        // where it was asked to be); one that is not is moved in, frame and all.
        const QRect screenArea = where->availableGeometry();
        const QRect inside = screenArea.marginsRemoved(frame);
        const QRect wanted(geometry().topLeft(), geometry().size().boundedTo(inside.size()));
        const QRect fitted = screenArea.contains(wanted) ? wanted : clampedTo(wanted, inside);
        if (fitted != geometry())
            setGeometry(fitted);
    }
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_guestsHeight = settings.value(kGuestsHeightKey, 0).toInt();
    m_view->restoreLayout(kColumnsKey);
}

} // namespace charon::ui
