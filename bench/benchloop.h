// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
//
// What the benchmark programs share: printing a "key value" result line for their driver
// script, and running the event loop until a condition holds.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace charon::bench {

inline void report(const QByteArray &key, double value)
{
    std::printf("%s %.3f\n", key.constData(), value);
    std::fflush(stdout);
}

// Runs the event loop until `done` holds or `timeoutMs` passes; false on timeout. It looks every
// `stepMs`, which delays only the bench's own next step: the times it reports are taken in
// signal handlers.
inline bool waitFor(const std::function<bool()> &done, int timeoutMs, int stepMs = 10)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(stepMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

} // namespace charon::bench
