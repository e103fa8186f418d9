// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// Main window benchmark, run by bench/bench-main-window.sh against a private systemd manager.
// Builds the objects app/main_gui.cpp builds, in the same order, then measures:
//  1. startup: from process start (exec) to a populated table: the monitor synced with the
//     expected number of rows, every row with a known state (a running guest's from the list),
//     then every property systemd reports read (the running guests' GetAll answered), and
//     every configuration read (the driver times one `systemctl list-units` after each run as
//     the reference);
//  2. messages: how many the app sent until populated and in the 3 s after (echoes of its own
//     load), then in N quiet seconds, counted twice: by SystemdConnection::sentMessageCount()
//     and by `busctl monitor` lines from the app's unique bus name (which also sees what QtDBus
//     sends on its own, e.g. AddMatch), after a control message proved the monitor sees them;
//  3. memory: VmRSS / VmHWM once populated, and again after the latency cycles;
//  4. latency: C start/stop cycles of one guest through `systemctl --user` (a QProcess), each
//     timed from systemd's own state-change timestamp (ActiveEnterTimestamp on start,
//     InactiveEnterTimestamp on stop, as merged into the guest) to the model's dataChanged on
//     the state column that shows the new state.
// Prints "key value" lines (times in ms) for the driver to aggregate.
#include "core/guests/guestmonitor.h"
#include "core/guests/gueststore.h"
#include "core/host/hostinfo.h"
#include "core/session/guestsession.h"
#include "core/support/watchset.h"
#include "core/systemd/systemdclient.h"
#include "core/systemd/systemdconnection.h"
#include "tests/harness/residentmemory.h"
#include "translations/translations.h"
#include "ui/table/guesttablemodel.h"
#include "ui/window/guestoperations.h"
#include "ui/window/hostheader.h"
#include "ui/window/mainwindow.h"
#include "ui/window/windowsession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QIcon>
#include <QProcess>
#include <QTimer>

#include "bench/benchloop.h"
#include <algorithm>
#include <cstdio>
#include <functional>
#include <time.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace charon;
using charon::bench::report;
using charon::bench::waitFor;
using charon::test::statusKiB;

namespace {

double clockMs(clockid_t clock)
{
    timespec ts {};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double realtimeMs()
{
    return clockMs(CLOCK_REALTIME);
}

// Milliseconds since the kernel started this process (/proc/self/stat starttime, clock ticks
// since boot: 10 ms resolution).
double msSinceProcessStart()
{
    QFile f(u"/proc/self/stat"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    // Field 22 of the whole line; fields here start at field 3 (state).
    const double ticks = fields.value(22 - 3).toDouble();
    return clockMs(CLOCK_BOOTTIME) - ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

// Milliseconds since BENCH_T0 (bash's $EPOCHREALTIME taken just before exec), or -1.
double msSinceExec()
{
    QByteArray t0 = qgetenv("BENCH_T0");
    t0.replace(',', '.');
    bool ok = false;
    const double seconds = t0.toDouble(&ok);
    return ok ? realtimeMs() - seconds * 1e3 : -1;
}

struct Options
{
    int guests = 200;
    int idleSeconds = 10;
    int cycles = 50;
    QString unit; // the guest whose unit the latency cycles start and stop
};

Options parseOptions(const QStringList &args)
{
    Options o;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--guests"_s)
            o.guests = args.at(i + 1).toInt();
        else if (args.at(i) == u"--idle"_s)
            o.idleSeconds = args.at(i + 1).toInt();
        else if (args.at(i) == u"--cycles"_s)
            o.cycles = args.at(i + 1).toInt();
        else if (args.at(i) == u"--unit"_s)
            o.unit = args.at(i + 1);
    }
    return o;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
}

} // namespace

int main(int argc, char **argv)
{
    const double atMainExec = msSinceExec();
    const double atMainStart = msSinceProcessStart();
    QApplication app(argc, argv);
    const double afterQApp = msSinceExec();
    // Everything main_gui.cpp does, in its order, through the same GuestSession/WindowSession.
    QApplication::setOrganizationName(u"charon-manager"_s);
    QApplication::setApplicationName(u"charon-manager"_s);
    QApplication::setApplicationDisplayName(u"Charon Manager"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/charon-manager.svg"_s));
    charon::installTranslations(app);
    const Options options = parseOptions(QApplication::arguments());

    core::GuestSession session(core::UnitScope::User);
    core::GuestStore &store = *session.store();
    core::GuestMonitor &monitor = *session.monitor();
    core::SystemdConnection &connection = *session.connection();
    session.start();
    ui::MainWindow window(&store);
    ui::WindowSession::attach(&window, &session);
    window.show();
    const double windowShown = msSinceExec();

    // 1. Startup.
    const ui::GuestTableModel *model = window.tableModel();
    double syncedAt = -1;
    double propertiesAt = -1;
    double filesAt = -1;
    quint64 sentAtSynced = 0;
    const auto allStates = [&] {
        for (const core::Guest &g : store.guests()) {
            if (g.derived.state == core::GuestState::Unknown)
                return false;
        }
        return true;
    };
    const auto populated
        = [&] { return monitor.isSynced() && model->rowCount() == options.guests && allStates(); };
    const auto checkPopulated = [&] {
        if (qEnvironmentVariableIsSet("BENCH_TRACE"))
            std::fprintf(stderr, "trace %.1f synced=%d rows=%d states=%d\n", msSinceExec(),
                int(monitor.isSynced()), int(model->rowCount()), int(allStates()));
        if (syncedAt < 0 && populated()) {
            syncedAt = msSinceExec();
            sentAtSynced = connection.sentMessageCount();
        }
        if (syncedAt >= 0 && propertiesAt < 0 && !monitor.readingDetails())
            propertiesAt = msSinceExec();
        if (syncedAt >= 0 && filesAt < 0 && session.isReady())
            filesAt = msSinceExec();
    };
    QObject::connect(&monitor, &core::GuestMonitor::synced, &app, checkPopulated);
    QObject::connect(&monitor, &core::GuestMonitor::detailsRead, &app, checkPopulated);
    QObject::connect(&session, &core::GuestSession::ready, &app, checkPopulated);
    QObject::connect(&store, &core::GuestStore::guestChanged, &app, checkPopulated);
    QObject::connect(&store, &core::GuestStore::guestAdded, &app, checkPopulated);
    if (!waitFor([&] { return filesAt >= 0; }, 120000)) {
        std::fprintf(stderr,
            "bench: not populated: synced %d, %d rows, %d pipeline reads pending\n",
            int(monitor.isSynced()), model->rowCount(), session.pipeline()->pending());
        return 1;
    }
    report("exec_to_main_ms", atMainExec);
    report("kernel_start_to_main_ms", atMainStart);
    report("exec_to_qapplication_ms", afterQApp);
    report("exec_to_window_shown_ms", windowShown);
    report("exec_to_synced_rows_ms", syncedAt);
    report("exec_to_every_property_read_ms", propertiesAt);
    report("exec_to_configs_read_ms", filesAt);
    report("kernel_start_to_configs_read_ms", msSinceProcessStart());
    report("rows", model->rowCount());
    // Guests systemd did not hold in memory, built from their unit files (not loaded).
    report("guests_built_from_files", monitor.builtFromFiles());
    report("populated_vmrss_kib", double(statusKiB("VmRSS")));
    report("populated_vmhwm_kib", double(statusKiB("VmHWM")));
    // Every file watch (200 logs, configs, scripts, unit files) shares one inotify instance.
    report("inotify_instances", double(core::WatchSet::inotifyInstancesInProcess()));
    report("watched_paths", double(session.pipeline()->watchedPaths().size()));

    // 2. Idle. First what the app still sends once populated (echoes of its own load), then
    // a quiet window, counted by our counter and by the bus itself.
    const quint64 atPopulated = connection.sentMessageCount();
    report("sent_until_states_known", double(sentAtSynced));
    report("sent_until_populated", double(atPopulated));
    if (options.idleSeconds > 0) {
        waitFor([] { return false; }, 3000);
        report("sent_in_3s_after_populated", double(connection.sentMessageCount() - atPopulated));
        const QByteArray sender = "\"sender\":\"" + connection.bus().baseService().toUtf8() + '"';
        QProcess busMonitor;
        busMonitor.setProcessChannelMode(QProcess::MergedChannels);
        // Line-buffered: busctl's stdout is a pipe here.
        busMonitor.start(
            u"stdbuf"_s, { u"-oL"_s, u"busctl"_s, u"--user"_s, u"monitor"_s, u"--json=short"_s });
        QByteArray seen;
        const auto fromApp = [&] {
            seen += busMonitor.readAllStandardOutput();
            const QList<QByteArray> lines = seen.split('\n');
            return int(std::count_if(lines.cbegin(), lines.cend(),
                [&](const QByteArray &line) { return line.contains(sender); }));
        };
        waitFor([&] { return (fromApp(), seen.contains("Monitoring")); }, 5000);
        // Positive control: a message sent the product's way shows in the monitor.
        connection.asyncCall(
            core::SystemdConnection::propertyGet(core::SystemdConnection::ManagerPath,
                core::SystemdConnection::ManagerInterface, u"Version"_s));
        const bool controlSeen = waitFor([&] { return fromApp() >= 1; }, 5000);
        waitFor([] { return false; }, 1000);
        const int seenBefore = fromApp();
        const quint64 before = connection.sentMessageCount();
        waitFor([] { return false; }, options.idleSeconds * 1000);
        const quint64 idleSent = connection.sentMessageCount() - before;
        const int idleSeen = fromApp() - seenBefore;
        busMonitor.terminate();
        busMonitor.waitForFinished(2000);
        report("idle_seconds", options.idleSeconds);
        report("idle_sent_counter", double(idleSent));
        report("idle_sent_busctl_monitor", idleSeen);
        report("control_message_seen_by_monitor", controlSeen ? 1 : 0);
    }

    // 4. Latency.
    if (options.cycles > 0) {
        const int row = store.rowOf(options.unit.chopped(8).mid(13)); // charon-guest-X.service
        if (row < 0) {
            std::fprintf(stderr, "bench: no guest for unit %s\n", qPrintable(options.unit));
            return 1;
        }
        core::GuestState target = core::GuestState::Unknown;
        double changedAt = -1;
        QObject::connect(model, &QAbstractItemModel::dataChanged, &app,
            [&](const QModelIndex &tl, const QModelIndex &br) {
                if (changedAt < 0 && tl.row() <= row && row <= br.row()
                    && tl.column() <= ui::GuestTableModel::StateColumn
                    && ui::GuestTableModel::StateColumn <= br.column()
                    && store.at(row).derived.state == target)
                    changedAt = realtimeMs();
            });
        QList<double> fromSystemd[2];
        QList<double> fromIssue[2];
        QList<double> afterReturn[2];
        for (int i = 0; i < options.cycles * 2; ++i) {
            const bool starting = store.at(row).derived.state != core::GuestState::Active;
            target = starting ? core::GuestState::Active : core::GuestState::Inactive;
            changedAt = -1;
            double returnedAt = -1;
            QProcess systemctl;
            QObject::connect(&systemctl, &QProcess::finished, &app,
                [&returnedAt] { returnedAt = realtimeMs(); });
            const double issuedAt = realtimeMs();
            systemctl.start(
                u"systemctl"_s, { u"--user"_s, starting ? u"start"_s : u"stop"_s, options.unit });
            if (!waitFor(
                    [&] {
                        return changedAt >= 0 && returnedAt >= 0
                            && store.at(row).jobInFlight == core::JobKind::None;
                    },
                    30000)) {
                std::fprintf(stderr, "bench: cycle %d: no change seen\n", i);
                return 1;
            }
            const core::UnitStatus &s = store.at(row).unitStatus;
            const double systemdMs = double(starting ? s.activeEnterUs : s.inactiveEnterUs) / 1e3;
            fromSystemd[starting] << changedAt - systemdMs;
            fromIssue[starting] << changedAt - issuedAt;
            afterReturn[starting] << changedAt - returnedAt;
            waitFor([] { return false; }, 100);
        }
        for (int starting : { 1, 0 }) {
            const QByteArray what = starting ? "start" : "stop";
            const QList<double> &v = fromSystemd[starting];
            report(what + "_samples", double(v.size()));
            report(what + "_systemd_to_datachanged_median_ms", median(v));
            report(
                what + "_systemd_to_datachanged_worst_ms", *std::max_element(v.begin(), v.end()));
            report(what + "_issue_to_datachanged_median_ms", median(fromIssue[starting]));
            report(what + "_issue_to_datachanged_worst_ms",
                *std::max_element(fromIssue[starting].begin(), fromIssue[starting].end()));
            report(what + "_return_to_datachanged_median_ms", median(afterReturn[starting]));
        }
        report("after_cycles_vmrss_kib", double(statusKiB("VmRSS")));
        report("after_cycles_vmhwm_kib", double(statusKiB("VmHWM")));
    }
    return 0;
}
