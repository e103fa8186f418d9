// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// X11 bytes of a terminal view when text scrolls (issue 12: "terminal scrolling repaints what
// changed and is measured"). A TerminalView of a console tab's size (1000x700) on a real X
// server, reached through ../shared/tools/x11-byte-counter; for each scenario it reads the
// counter's running totals before and after (the counter writes them once a second, so it
// waits for the view to be idle and then 1.5 s). Scenarios, on a screen already full of text:
//  - idle: nothing happens for 3 s;
//  - screenful at once: a prompt, `ls -l /` and its 23 lines, and the next prompt, in one read;
//  - screenful line by line: the same, one line every 20 ms (a console at ~4 KB/s: every line
//    is a frame of its own);
//  - scroll back 5 lines: the user turns the wheel over history (5 steps of one line).
// Usage: bench/bench-x11-terminal.sh (starts Xvfb and the counter), or by hand:
//   DISPLAY=127.0.0.1:58 QT_XCB_NO_MITSHM=1 bench_terminal_x11 -platform xcb --counter FILE

#include "ui/terminal/terminalview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

QString counterFile;

// Runs the event loop for `ms` (a benchmark may wait; the counter samples once a second).
void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// The counter's last line: "seconds client->server server->client".
std::pair<qint64, qint64> totals()
{
    QFile file(counterFile);
    if (!file.open(QIODevice::ReadOnly))
        return { -1, -1 };
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    const QList<QByteArray> fields = lines.constLast().split(' ');
    if (fields.size() < 3)
        return { -1, -1 };
    return { fields.at(1).toLongLong(), fields.at(2).toLongLong() };
}

void settle(const charon::ui::TerminalView &view)
{
    QElapsedTimer clock;
    clock.start();
    while (view.pendingBytes() > 0 && clock.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    wait(1500); // the last frame painted, then a fresh sample of the counter
}

void scenario(
    const char *name, const charon::ui::TerminalView &view, const std::function<void()> &act)
{
    settle(view);
    const auto before = totals();
    act();
    settle(view);
    const auto after = totals();
    std::printf("  %-34s %9lld bytes to the X server, %7lld back\n", name,
        static_cast<long long>(after.first - before.first),
        static_cast<long long>(after.second - before.second));
    std::fflush(stdout);
}

QList<QByteArray> lsListing()
{
    // `ls -l /` on a Debian 12 machine, as a guest console would echo it.
    return {
        "[root@vms-prod ~]# ls -l /",
        "total 72",
        "lrwxrwxrwx   1 root root     7 Nov 25 09:12 bin -> usr/bin",
        "drwxr-xr-x   4 root root  4096 Nov 27 06:31 boot",
        "drwxr-xr-x  17 root root  3260 Nov 29 21:14 dev",
        "drwxr-xr-x  98 root root  4096 Nov 29 20:58 etc",
        "drwxr-xr-x   3 root root  4096 Nov 25 09:20 home",
        "lrwxrwxrwx   1 root root    30 Nov 27 06:30 initrd.img -> boot/initrd.img-6.1.0-27-amd64",
        "lrwxrwxrwx   1 root root     7 Nov 25 09:12 lib -> usr/lib",
        "lrwxrwxrwx   1 root root     9 Nov 25 09:12 lib64 -> usr/lib64",
        "drwx------   2 root root 16384 Nov 25 09:12 lost+found",
        "drwxr-xr-x   3 root root  4096 Nov 25 09:12 media",
        "drwxr-xr-x   2 root root  4096 Nov 25 09:12 mnt",
        "drwxr-xr-x   4 root root  4096 Nov 26 14:02 opt",
        "dr-xr-xr-x 212 root root     0 Nov 29 21:14 proc",
        "drwx------   6 root root  4096 Nov 29 19:40 root",
        "drwxr-xr-x  27 root root   780 Nov 29 21:15 run",
        "lrwxrwxrwx   1 root root     8 Nov 25 09:12 sbin -> usr/sbin",
        "drwxr-xr-x   2 root root  4096 Nov 25 09:12 srv",
        "dr-xr-xr-x  13 root root     0 Nov 29 21:14 sys",
        "drwxrwxrwt  11 root root  4096 Nov 29 21:30 tmp",
        "drwxr-xr-x  12 root root  4096 Nov 25 09:12 usr",
        "drwxr-xr-x  11 root root  4096 Nov 25 09:15 var",
        "lrwxrwxrwx   1 root root    27 Nov 27 06:30 vmlinuz -> boot/vmlinuz-6.1.0-27-amd64",
        "[root@vms-prod ~]# ",
    };
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--counter"_s)
            counterFile = args.at(i + 1);
    }
    if (counterFile.isEmpty() || totals().first < 0) {
        std::fprintf(stderr, "usage: bench_terminal_x11 --counter FILE (x11-byte-counter's)\n");
        return 1;
    }
    charon::ui::TerminalView view;
    view.resize(1000, 700);
    view.show();
    for (int i = 0; i < 500 && !(view.windowHandle() && view.windowHandle()->isExposed()); ++i)
        wait(10);
    // A screen already full of earlier output, as in a console that has been up a while.
    for (int i = 0; i < 80; ++i) {
        view.feed(u"\x1b[32m%1\x1b[m %2: boot step %3 done, %4 devices configured\r\n"_s
                      .arg(u"[  %1.%2]"_s.arg(i / 10, 3).arg(i % 10 * 37, 3, 10, QLatin1Char('0')))
                      .arg(i % 3 ? u"kernel"_s : u"systemd"_s)
                      .arg(i)
                      .arg(i * 3)
                      .toUtf8());
    }
    view.feed("[root@vms-prod ~]# ");
    const QList<QByteArray> listing = lsListing();
    std::printf("Terminal scrolling over X11 (QT_XCB_NO_MITSHM=%s), view %dx%d px, %dx%d cells\n",
        qgetenv("QT_XCB_NO_MITSHM").constData(), view.viewport()->width(),
        view.viewport()->height(), view.columns(), view.rows());
    scenario("idle 3 s", view, [] { wait(3000); });
    scenario("screenful at once (ls -l /)", view, [&] {
        QByteArray all;
        for (qsizetype i = 0; i < listing.size(); ++i)
            all += listing.at(i).mid(i == 0 ? 19 : 0) + (i + 1 < listing.size() ? "\r\n" : "");
        view.feed(all);
    });
    scenario("screenful line by line (20 ms)", view, [&] {
        for (qsizetype i = 0; i < listing.size(); ++i) {
            view.feed(listing.at(i).mid(i == 0 ? 19 : 0) + (i + 1 < listing.size() ? "\r\n" : ""));
            wait(20);
        }
    });
    scenario("scroll back 5 lines (wheel)", view, [&] {
        for (int i = 0; i < 5; ++i) {
            view.scrollLines(-1);
            wait(20);
        }
    });
    return 0;
}
