// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The leak_mb switch: grows the simulator's memory by one MiB every few milliseconds, touching
// every page so the kernel must really back it, until a cap. Inside a unit with a memory limit
// (MemoryMax=) this is how a test sees an emulator OOM-killed by the kernel; without a limit it
// just holds the cap and stops growing, so a mistaken switch cannot eat the machine.

#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace charon::sim {

class MemoryHog : public QObject
{
    Q_OBJECT

public:
    explicit MemoryHog(int capMegabytes, QObject *parent = nullptr);

    void start();
    int megabytes() const { return int(m_blocks.size()); }
    bool isGrowing() const { return m_timer.isActive(); }

Q_SIGNALS:
    void capReached(int megabytes);

private:
    void grow();

    int m_cap = 0;
    QTimer m_timer;
    std::vector<std::unique_ptr<char[]>> m_blocks;
};

} // namespace charon::sim
