// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// When an emulator log line says it was written. Charon lines start with
// `YYYYMMDD:HHMMSS.uuuuuu:` (e.g. `20160927:150619.152882:Device EWA0 (enp6s0) : RX up`),
// local time; some tools write ISO dates instead. Lines without either (Charon-SSP's
// `ERROR License ...`) have no date of their own: the caller uses the time it read them.

#include <QDateTime>
#include <QString>

namespace charon::core {

// Invalid when the line does not start with a timestamp.
QDateTime emulatorLogTimestamp(const QString &line);

} // namespace charon::core
