// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Puts a MainWindow on a running GuestSession: the session's store is what the window shows,
// GuestOperations (parented to the window) carries out its actions through the session's
// systemd client, and the host header and title name the host and scope. What the app, the
// integration tests and the window benchmark all call, so they run the product's wiring.

#include "core/session/guestsession.h"

namespace charon::ui {

class GuestOperations;
class MainWindow;

class WindowSession
{
public:
    // `window` must have been built on session->store(). Returns the operations object.
    static GuestOperations *attach(MainWindow *window, core::GuestSession *session);
};

} // namespace charon::ui
