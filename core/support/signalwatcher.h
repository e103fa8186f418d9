// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Unix signals delivered into the event loop: the handler only writes the signal number to a
// self-pipe, and a QSocketNotifier on the pipe's read end emits signalReceived() from the
// loop, where any work is safe. One instance per process (the handler has one pipe).

#include <QList>
#include <QObject>

class QSocketNotifier;

namespace charon::core {

class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(const QList<int> &watched, QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void signalReceived(int signalNumber);

private:
    static void handle(int signalNumber);
    void drain();

    QList<int> m_watched;
    int m_pipe[2] = { -1, -1 };
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace charon::core
