// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The product's scope for the suite's manager: the user scope of the private harness, or the
// system scope when CHARON_TEST_SCOPE=system (testenv.h, systemScope()). Header-only.

#include "core/systemd/systemdconnection.h"
#include "core/units/unitfile.h"
#include "tests/harness/testenv.h"

namespace charon::test {

inline core::UnitScope testScope()
{
    return systemScope() ? core::UnitScope::System : core::UnitScope::User;
}

inline core::SystemdConnection::Scope testConnectionScope()
{
    return systemScope() ? core::SystemdConnection::Scope::System
                         : core::SystemdConnection::Scope::User;
}

} // namespace charon::test
