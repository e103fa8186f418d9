// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
//
// The host in one look, for the tray's icon and tooltip: how many guests failed, have license
// trouble, run; whether systemd can be reached.
#pragma once

#include "core/guests/gueststore.h"
#include "ui/style/icons.h"

#include <QCoreApplication>

namespace charon::ui {

struct HostSummary
{
    Q_DECLARE_TR_FUNCTIONS(HostSummary)

public:
    int guests = 0;
    int running = 0;
    int failed = 0; // stopped with FAILURE (or failed)
    int licenseTrouble = 0; // license health Critical
    bool connected = true;

    static HostSummary of(const core::GuestStore &store);
    Icons::HostHealth health() const;
    QString text() const; // "Charon Manager: 3 guests, 2 running, 1 failed"
};

} // namespace charon::ui
