// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// How fast a console tab takes a flood, and what it costs: charon-guest-sim sends N bytes
// (CHARON_SIM_FLOOD_BYTES, 50 MB by default) to each client. Measured in one run:
//  - source: a plain QTcpSocket draining the simulator (what the sender can do at all);
//  - pipeline: a ConsoleTab (socket -> telnet -> terminal engine -> widget, offscreen),
//    from the first byte until the engine has taken the last one;
//  - floor: the same decoded bytes fed straight to libvterm through
//  charon::terminal::TerminalEngine::feed
//    (vterm_input_write with the same screen size and the same callbacks, scrollback push
//    included), no socket, telnet, time slicing or widget;
//  - the GUI thread's longest stall during the flood (a 5 ms timer measuring its lateness);
//  - keystroke to socket: a key event on the view until its byte is readable on the peer
//    socket (median and worst of 200);
//  - resident memory of 10 open consoles (tabs of one window), each with a full 10 000-line
//    scrollback, and the packed bytes of one console's history.
// Usage: QT_QPA_PLATFORM=offscreen bench_console_throughput [--bytes N] [--rounds R] [--sim PATH]

#include "core/guests/gueststore.h"
#include "tests/harness/residentmemory.h"
#include "ui/console/consoletab.h"
#include "ui/terminal/terminalview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QProcess>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace charon;
using charon::test::residentKiB;

namespace {

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// CPU time of the calling (GUI) thread: unlike the wall clock, not inflated by other load.
qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

double mbPerSecond(qint64 bytes, qint64 nanoseconds)
{
    return (double(bytes) / 1e6) / (double(nanoseconds) / 1e9);
}

// The simulator on a free port, flooding every client with `bytes`.
struct Simulator
{
    QTemporaryDir dir;
    QProcess process;
    quint16 port = 0;

    bool start(const QString &program, qint64 bytes)
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
        probe.close();
        QFile config(dir.filePath(u"bench.cfg"_s));
        if (!config.open(QIODevice::WriteOnly))
            return false;
        config.write("system_model = \"rp4440\"\nconsole.type = telnet\nconsole.port = \""
            + QByteArray::number(port) + "\"\n");
        config.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CHARON_SIM_PACE"_s, u"0"_s);
        env.insert(u"CHARON_SIM_FLOOD_BYTES"_s, QString::number(bytes));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedOutputChannel);
        process.start(program, { u"-x"_s, config.fileName() });
        QByteArray notes;
        return process.waitForStarted(5000)
            && waitUntil(
                [&] {
                    notes += process.readAllStandardError();
                    return notes.contains("listening on");
                },
                10000);
    }
    ~Simulator()
    {
        process.terminate();
        if (!process.waitForFinished(5000))
            process.kill();
    }
};

struct PipelineResult
{
    QByteArray decoded;
    qint64 nanoseconds = 0;
    qint64 cpuNanoseconds = 0;
    std::vector<qint64> lateness; // of each 5 ms tick during the flood, in ms
    QSize screen;
};

qint64 percentile(std::vector<qint64> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

// The same 5 ms timer with nothing else to do: how late the machine itself makes it (load).
std::vector<qint64> idleLateness(int milliseconds)
{
    std::vector<qint64> lateness;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    QElapsedTimer sinceTick;
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        lateness.push_back(std::max<qint64>(0, sinceTick.elapsed() - 5));
        sinceTick.start();
    });
    sinceTick.start();
    ticker.start();
    waitUntil([] { return false; }, milliseconds);
    return lateness;
}

// A plain socket draining one flood: the most any reader can get from this sender.
double measureSource(quint16 port, qint64 bytes)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    qint64 received = 0;
    QElapsedTimer clock;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] {
        if (received == 0)
            clock.start();
        received += socket.readAll().size();
    });
    waitUntil([&] { return received >= bytes; }, 120000);
    return mbPerSecond(received, clock.nsecsElapsed());
}

PipelineResult measurePipeline(quint16 port, qint64 bytes)
{
    core::GuestStore store;
    core::Guest guest;
    guest.name = u"bench"_s;
    guest.config.consolePort = port;
    guest.derived.state = core::GuestState::Active;
    store.upsert(guest);
    ui::ConsoleTab tab(&store, guest.name);
    tab.resize(1000, 700);
    tab.show();
    waitUntil([] { return false; }, 100); // let it lay out and get its real size
    PipelineResult result;
    result.decoded.reserve(bytes + (1 << 20)); // the capture must not cost the pipeline copies
    QElapsedTimer clock;
    qint64 cpuStart = 0;
    QObject::connect(tab.link(), &core::ConsoleLink::dataReceived, &tab, [&](const QByteArray &b) {
        if (result.decoded.isEmpty()) {
            clock.start();
            cpuStart = threadCpuNs();
        }
        result.decoded += b;
    });
    // The GUI thread's lateness: a 5 ms timer that should fire every 5 ms.
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    QElapsedTimer sinceTick;
    QObject::connect(&ticker, &QTimer::timeout, &tab, [&] {
        if (!result.decoded.isEmpty())
            result.lateness.push_back(std::max<qint64>(0, sinceTick.elapsed() - 5));
        sinceTick.start();
    });
    sinceTick.start();
    ticker.start();
    tab.start(true);
    waitUntil(
        [&] { return result.decoded.size() >= bytes && tab.view()->pendingBytes() == 0; }, 300000);
    result.nanoseconds = clock.nsecsElapsed();
    result.cpuNanoseconds = threadCpuNs() - cpuStart;
    ticker.stop();
    result.screen = QSize(tab.view()->columns(), tab.view()->rows());
    return result;
}

struct FloorResult
{
    double wall = 0; // MB/s
    double cpu = 0; // MB per CPU second
};

FloorResult measureFloor(const QByteArray &bytes, QSize screen)
{
    charon::terminal::TerminalEngine engine(screen.height(), screen.width());
    engine.setScrollbackCapacity(10000);
    constexpr qsizetype kChunk = 1 << 20;
    QElapsedTimer clock;
    clock.start();
    const qint64 cpuStart = threadCpuNs();
    for (qsizetype offset = 0; offset < bytes.size(); offset += kChunk)
        engine.feed(bytes.constData() + offset, std::min(kChunk, bytes.size() - offset));
    return { mbPerSecond(bytes.size(), clock.nsecsElapsed()),
        mbPerSecond(bytes.size(), threadCpuNs() - cpuStart) };
}

// Key event on the view -> bytes readable on the peer socket, 200 times.
std::vector<double> measureKeystrokes()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    core::GuestStore store;
    core::Guest guest;
    guest.name = u"keys"_s;
    guest.config.consolePort = server.serverPort();
    guest.derived.state = core::GuestState::Active;
    store.upsert(guest);
    ui::ConsoleTab tab(&store, guest.name);
    tab.show();
    tab.start(true);
    waitUntil([&] { return server.hasPendingConnections(); }, 5000);
    std::unique_ptr<QTcpSocket> peer(server.nextPendingConnection());
    waitUntil([&] { return tab.link()->isConnected(); }, 5000);
    std::vector<double> latencies;
    for (int i = 0; i < 200; ++i) {
        peer->readAll();
        QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, u"a"_s);
        QElapsedTimer clock;
        clock.start();
        QCoreApplication::sendEvent(tab.view(), &press);
        while (peer->bytesAvailable() == 0 && clock.elapsed() < 2000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            peer->waitForReadyRead(0);
        }
        latencies.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(latencies.begin(), latencies.end());
    return latencies;
}

// 10 consoles, each fed until its scrollback holds 10 000 lines; VmRSS before and after. As in
// the application, the consoles are tabs of one window (one backing store for all of them);
// each tab is shown while it is fed, so its terminal has the real width.
struct MemoryResult
{
    qint64 residentKiB = 0;
    int linesEach = 0;
    qsizetype scrollbackBytes = 0; // the packed history of one console
    qsizetype storedCells = 0;
};

MemoryResult measureMemory(const QByteArray &flood)
{
    core::GuestStore store;
    const qint64 before = residentKiB();
    MemoryResult result;
    {
        QTabWidget window;
        window.resize(1000, 740);
        window.show();
        std::vector<ui::ConsoleTab *> tabs;
        for (int i = 0; i < 10; ++i) {
            core::Guest guest;
            guest.name = u"mem%1"_s.arg(i);
            guest.config.consolePort = 1;
            guest.derived.state = core::GuestState::Inactive; // open, but nothing to dial
            store.upsert(guest);
            auto *tab = new ui::ConsoleTab(&store, guest.name); // owned by the window
            window.addTab(tab, guest.name);
            tab->start(true);
            tabs.push_back(tab);
        }
        for (int i = 0; i < int(tabs.size()); ++i) {
            window.setCurrentIndex(i);
            waitUntil([] { return false; }, 50); // laid out at its real size
            // Enough lines to fill the ring twice over: a long-running console's steady state.
            tabs[size_t(i)]->view()->feed(flood.left(std::min<qsizetype>(flood.size(), 4 << 20)));
            waitUntil([&] { return tabs[size_t(i)]->view()->pendingBytes() == 0; }, 60000);
        }
        waitUntil([] { return false; }, 200);
        const auto *engine = tabs.front()->view()->engine();
        result.linesEach = engine->scrollbackSize();
        result.scrollbackBytes = engine->scrollback().storedBytes();
        result.storedCells = engine->scrollback().storedCells();
        result.residentKiB = residentKiB() - before;
    }
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    qint64 bytes = 50'000'000;
    int rounds = 3;
    QString simulator = qEnvironmentVariable(
        "CHARON_SIM", QCoreApplication::applicationDirPath() + u"/../sim/charon-guest-sim"_s);
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--bytes"_s)
            bytes = args.at(i + 1).toLongLong();
        else if (args.at(i) == u"--rounds"_s)
            rounds = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == u"--sim"_s)
            simulator = args.at(i + 1);
    }
    Simulator sim;
    if (!sim.start(simulator, bytes)) {
        std::fprintf(stderr, "cannot start the simulator %s\n", qPrintable(simulator));
        return 1;
    }
    // The first client also gets the boot text; the source run takes it. Pipeline and floor
    // alternate, `rounds` times, so a change in the machine's load hits both alike.
    const std::vector<qint64> idle = idleLateness(3000);
    const double source = measureSource(sim.port, bytes);
    std::vector<double> pipeWall, pipeCpu, floorWall, floorCpu;
    std::vector<qint64> lateness;
    PipelineResult pipeline;
    for (int round = 0; round < rounds; ++round) {
        pipeline = measurePipeline(sim.port, bytes);
        const FloorResult floor = measureFloor(pipeline.decoded, pipeline.screen);
        pipeWall.push_back(mbPerSecond(pipeline.decoded.size(), pipeline.nanoseconds));
        pipeCpu.push_back(mbPerSecond(pipeline.decoded.size(), pipeline.cpuNanoseconds));
        floorWall.push_back(floor.wall);
        floorCpu.push_back(floor.cpu);
        lateness.insert(lateness.end(), pipeline.lateness.begin(), pipeline.lateness.end());
    }
    const std::vector<double> keys = measureKeystrokes();
    const MemoryResult memory = measureMemory(pipeline.decoded);

    std::printf("Console benchmark: %.1f MB flood from charon-guest-sim, terminal %dx%d, "
                "scrollback 10000 lines\n",
        double(pipeline.decoded.size()) / 1e6, pipeline.screen.width(), pipeline.screen.height());
    std::printf("  source (plain QTcpSocket, no processing)      %8.1f MB/s\n", source);
    std::printf(
        "  medians of %d rounds          wall clock               GUI thread CPU time\n", rounds);
    std::printf("  floor (charon::terminal::TerminalEngine::feed)  %6.1f MB/s              %6.1f "
                "MB per CPU s\n",
        median(floorWall), median(floorCpu));
    std::printf("  pipeline (socket..widget)     %6.1f MB/s = %3.0f%%       %6.1f MB per CPU s = "
                "%3.0f%% (target >= 70%%)\n",
        median(pipeWall), 100.0 * median(pipeWall) / median(floorWall), median(pipeCpu),
        100.0 * median(pipeCpu) / median(floorCpu));
    std::printf("  GUI thread stall during the flood (5 ms timer lateness): longest %lld ms "
                "(target < 30 ms), 99th percentile %lld ms\n",
        static_cast<long long>(percentile(lateness, 1.0)),
        static_cast<long long>(percentile(lateness, 0.99)));
    std::printf("  same timer on an idle event loop (machine load): longest %lld ms, 99th "
                "percentile %lld ms\n",
        static_cast<long long>(percentile(idle, 1.0)),
        static_cast<long long>(percentile(idle, 0.99)));
    std::printf("  keystroke -> peer socket (200 keys)           median %.3f ms, worst %.3f ms\n",
        keys[keys.size() / 2], keys.back());
    std::printf("  10 consoles with %d scrollback lines each    +%.1f MB resident (%.1f MB each; "
                "target <= 3 MB)\n",
        memory.linesEach, double(memory.residentKiB) / 1024.0,
        double(memory.residentKiB) / 10240.0);
    std::printf("  packed scrollback of one console: %.2f MB for %lld cells (%.1f bytes per "
                "line, %.2f per cell)\n",
        double(memory.scrollbackBytes) / (1024.0 * 1024.0),
        static_cast<long long>(memory.storedCells),
        double(memory.scrollbackBytes) / std::max(1, memory.linesEach),
        double(memory.scrollbackBytes) / double(std::max<qsizetype>(1, memory.storedCells)));
    return 0;
}
