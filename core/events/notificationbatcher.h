// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
//
// Gathers the events of one burst so that ten guests failing in the same second make one
// notification naming them, not ten. The first event after a quiet spell opens a window of
// `windowMs`; when it closes, the events gathered are handed out grouped by kind, in the order
// the kinds first appeared. A timer runs only while a burst is open: nothing fires when idle.
#pragma once

#include "core/domain/guestevent.h"

#include <QList>
#include <QObject>
#include <QTimer>

namespace charon::core {

class NotificationBatcher : public QObject
{
    Q_OBJECT

public:
    explicit NotificationBatcher(int windowMs = 400, QObject *parent = nullptr);

    void add(const GuestEvent &event);
    // Hands out what is gathered now (the window closes early).
    void flush();
    bool isOpen() const { return m_window.isActive(); }

Q_SIGNALS:
    // Events of one kind from one burst, oldest first; never empty.
    void batch(const QList<charon::core::GuestEvent> &events);

private:
    QTimer m_window;
    QList<GuestEvent> m_pending;
};

} // namespace charon::core
