// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// Watching benchmark, run by bench/bench-watch-events.sh against a private systemd manager with
// N simulated guests (half running, each writing its emulator log). Builds the window exactly as
// app/main_gui.cpp does, watching parts included (tray, notifications), then measures:
//  1. latency: C times, a license line appended to one running guest's emulator log (lost, then
//     restored, alternately), timed from just before the write to the GuestEvent the window's
//     watcher emits (inotify -> log tailer -> license monitor -> store -> event);
//  2. idle: for S quiet seconds, the D-Bus messages the app sent (SystemdConnection's counter),
//     the timer events delivered on the GUI thread (an application-wide event filter), all events
//     delivered, and the process's voluntary context switches (its threads' wakeups).
// Prints "key value" lines for the driver.

#include "core/events/guesteventwatcher.h"
#include "core/guests/gueststore.h"
#include "core/guests/licensemonitor.h"
#include "core/session/guestsession.h"
#include "core/systemd/systemdconnection.h"
#include "translations/translations.h"
#include "ui/window/guestoperations.h"
#include "ui/window/mainwindow.h"
#include "ui/window/windowsession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QSocketNotifier>
#include <QTimer>

#include "bench/benchloop.h"
#include <algorithm>
#include <cstdio>
#include <sys/inotify.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace charon;
using charon::bench::report;
using charon::bench::waitFor;

namespace {

qint64 statusValue(const QByteArray &key)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(QByteArray(key + ':')))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// Counts what the GUI thread is woken up for.
class EventCounter : public QObject
{
public:
    qint64 timers = 0;
    qint64 all = 0;
    QMap<QByteArray, int> timersBy; // receiver class -> timer events
    bool eventFilter(QObject *receiver, QEvent *event) override
    {
        ++all;
        if (event->type() == QEvent::Timer) {
            ++timers;
            QByteArray who = receiver->metaObject()->className();
            if (!receiver->objectName().isEmpty())
                who += " " + receiver->objectName().toUtf8();
            if (receiver->parent())
                who += QByteArray(" in ") + receiver->parent()->metaObject()->className();
            ++timersBy[who];
        }
        return false;
    }
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"charon-manager"_s);
    QApplication::setApplicationName(u"charon-manager"_s);
    charon::installTranslations(app);
    int cycles = 50;
    int idleSeconds = 10;
    QString guest;
    const QStringList args = QApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--cycles"_s)
            cycles = args.at(i + 1).toInt();
        else if (args.at(i) == u"--idle"_s)
            idleSeconds = args.at(i + 1).toInt();
        else if (args.at(i) == u"--guest"_s)
            guest = args.at(i + 1);
    }

    core::GuestSession session(core::UnitScope::User);
    ui::MainWindow window(session.store());
    ui::GuestOperations *operations = ui::WindowSession::attach(&window, &session);
    ui::WindowSession::attachWatching(&window, &session, operations);
    window.show();
    session.start();
    if (!waitFor([&] { return session.isReady(); }, 120000)) {
        std::fprintf(stderr, "bench: the session never got ready\n");
        return 1;
    }
    core::LicenseMonitor *license = session.pipeline()->licenseMonitor();
    if (!waitFor([&] { return !license->currentLogFile(guest).isEmpty(); }, 30000)) {
        std::fprintf(stderr, "bench: no emulator log followed for %s\n", qPrintable(guest));
        return 1;
    }
    const QString log = license->currentLogFile(guest);
    report("guests", session.store()->count());
    report("logs_followed", license->monitoredGuests().size());

    // 1. Latency, log line -> event.
    QElapsedTimer clock;
    double eventAt = -1;
    QObject::connect(
        session.events(), &core::GuestEventWatcher::event, &app, [&](const core::GuestEvent &e) {
            if (e.guest == guest && core::GuestEvent::isLicenseKind(e.kind))
                eventAt = double(clock.nsecsElapsed()) / 1e6;
        });
    // The floor, side by side: a bare inotify watch on the same file, woken by the same write.
    const int inotifyFd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    inotify_add_watch(inotifyFd, QFile::encodeName(log).constData(), IN_MODIFY);
    double floorAt = -1;
    QSocketNotifier floorNotifier(inotifyFd, QSocketNotifier::Read);
    QObject::connect(&floorNotifier, &QSocketNotifier::activated, &app, [&] {
        char buffer[4096];
        while (::read(inotifyFd, buffer, sizeof buffer) > 0) { }
        if (floorAt < 0)
            floorAt = double(clock.nsecsElapsed()) / 1e6;
    });
    QList<double> floors;
    QList<double> latencies;
    for (int i = 0; i < cycles; ++i) {
        const QByteArray line = i % 2 == 0 ? "err:Contact with license key lost ...\n"
                                           : "info:Contact with license key restored ...\n";
        QFile file(log);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
            return 1;
        eventAt = -1;
        floorAt = -1;
        clock.start();
        file.write(line);
        file.close();
        if (!waitFor([&] { return eventAt >= 0 && floorAt >= 0; }, 5000)) {
            std::fprintf(stderr, "bench: no event for line %d\n", i);
            return 1;
        }
        latencies << eventAt;
        floors << floorAt;
    }
    floorNotifier.setEnabled(false);
    ::close(inotifyFd);
    if (!latencies.isEmpty()) {
        std::sort(latencies.begin(), latencies.end());
        report("line_to_event_median_ms", latencies.at(latencies.size() / 2));
        report("line_to_event_worst_ms", latencies.last());
        report("line_to_event_samples", latencies.size());
        std::sort(floors.begin(), floors.end());
        report("floor_bare_inotify_median_ms", floors.at(floors.size() / 2));
        report("floor_bare_inotify_worst_ms", floors.last());
    }

    // 2. Idle: nothing happens for S seconds. The wait itself uses no timer on the GUI thread.
    // Let the last events' echoes settle: the notifications of the latency cycles are answered
    // (or time out after 5 s when no notification service answers).
    waitFor([] { return false; }, 6000);
    EventCounter counter;
    app.installEventFilter(&counter);
    const quint64 sentBefore = session.connection()->sentMessageCount();
    const qint64 switchesBefore = statusValue("voluntary_ctxt_switches");
    QEventLoop idle;
    QTimer end; // on its own: its one firing is subtracted below
    end.setSingleShot(true);
    QObject::connect(&end, &QTimer::timeout, &idle, &QEventLoop::quit);
    end.start(idleSeconds * 1000);
    idle.exec();
    app.removeEventFilter(&counter);
    report("idle_seconds", idleSeconds);
    report("idle_dbus_sent", double(session.connection()->sentMessageCount() - sentBefore));
    report("idle_timer_events", double(counter.timers - 1)); // minus the bench's own timer
    report("idle_events_delivered", double(counter.all));
    for (auto it = counter.timersBy.cbegin(); it != counter.timersBy.cend(); ++it)
        std::fprintf(stderr, "idle timer events: %d to %s\n", it.value(), it.key().constData());
    report("idle_voluntary_ctxt_switches",
        double(statusValue("voluntary_ctxt_switches") - switchesBefore));
    return 0;
}
