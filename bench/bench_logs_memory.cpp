// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// Bounded memory of the logs window (bench/bench-logs-memory.sh drives it): the real
// LogsWindow for a guest unit of the suite's private manager and journald, opened on an empty
// unit; then the unit writes LINES lines to its stdout (the journal) and to its emulator log,
// and the window follows both to the last line. Prints "key value" lines: resident memory
// before and after, the peak, the lines each view keeps, and how long following took.
//
//   bench_logs_memory UNIT LOGFILE LINES   (offscreen; CHARON_JOURNAL_DIRECTORY set)

#include "tests/harness/residentmemory.h"
#include "ui/logs/logmodel.h"
#include "ui/logs/logswindow.h"
#include "ui/logs/logview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace charon;

namespace {
void print(const char *key, qint64 value)
{
    std::printf("%s %lld\n", key, static_cast<long long>(value));
    std::fflush(stdout);
}

bool hasLast(const ui::LogView *view, const QString &last)
{
    const ui::LogModel *model = view->model();
    return model->rowCount() > 0 && model->line(model->rowCount() - 1).text == last;
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: bench_logs_memory UNIT LOGFILE LINES\n");
        return 2;
    }
    const QString unit = args.at(1);
    const QString log = args.at(2);
    const int lines = args.at(3).toInt();
    const QString last = u"bench-line-%1"_s.arg(lines);

    ui::LogsWindow::Setup setup;
    setup.guest = u"bench"_s;
    setup.journal = { core::JournalFeed::Scope::User, unit, {}, false };
    setup.log = { log, {}, {} };
    // On the heap: the window deletes itself when closed (and quit() closes it).
    auto *windowPtr = new ui::LogsWindow(setup);
    ui::LogsWindow &window = *windowPtr;
    window.show();
    int resets = 0;
    for (ui::LogView *view : { window.journalView(), window.emulatorLogView() })
        QObject::connect(
            view->model(), &QAbstractItemModel::modelReset, &app, [&resets] { ++resets; });
    window.start();
    while (resets < 2)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QCoreApplication::processEvents();
    print("rss_before_kib", test::residentKiB());
    print("rss_anon_before_kib", test::statusKiB("RssAnon"));

    QElapsedTimer timer;
    timer.start();
    QProcess::execute(u"systemctl"_s, { u"--user"_s, u"start"_s, unit });
    bool journalDone = false;
    bool logDone = false;
    qint64 journalMs = -1;
    qint64 logMs = -1;
    const auto check = [&] {
        if (!journalDone && hasLast(window.journalView(), last)) {
            journalDone = true;
            journalMs = timer.elapsed();
        }
        if (!logDone && hasLast(window.emulatorLogView(), last)) {
            logDone = true;
            logMs = timer.elapsed();
        }
        if (!(journalDone && logDone))
            return;
        print("journal_caught_up_ms", journalMs);
        print("log_caught_up_ms", logMs);
        print("rss_after_kib", test::residentKiB());
        print("rss_peak_kib", test::statusKiB("VmHWM"));
        // Anonymous memory is ours; file-backed is mostly the journal files sd-journal maps
        // (the kernel's page cache, given back under pressure).
        print("rss_anon_after_kib", test::statusKiB("RssAnon"));
        print("rss_file_after_kib", test::statusKiB("RssFile"));
        print("journal_lines_kept", window.journalView()->model()->rowCount());
        print("log_lines_kept", window.emulatorLogView()->model()->rowCount());
        app.quit();
    };
    for (ui::LogView *view : { window.journalView(), window.emulatorLogView() })
        QObject::connect(view->model(), &QAbstractItemModel::rowsInserted, &app, check);
    QTimer::singleShot(120000, &app, &QCoreApplication::quit); // give up after two minutes
    app.exec();
    if (!(journalDone && logDone))
        std::fprintf(stderr, "gave up: journal %s, log %s\n", journalDone ? "done" : "behind",
            logDone ? "done" : "behind");
    return journalDone && logDone ? 0 : 1;
}
