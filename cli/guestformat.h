// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// How charon-vm prints guests: the host header and table of `list`, the JSON objects of
// `--json`, and the details of `status`. Pure functions of the values, so their layout is
// unit-tested without a systemd.

#include "core/domain/guest.h"
#include "core/host/hostinfo.h"

#include <QJsonObject>
#include <QStringList>

namespace charon::cli {

class GuestFormat
{
public:
    static QString hostHeader(const core::HostInfo &host);
    // Header row then one row per guest; columns sized to their content. With `maxWidth` > 0
    // (a terminal's width), the CONFIG and EMULATOR columns are narrowed and their values
    // elided in the middle ("/charon/…/prod.cfg") until the rows fit, if they can.
    static QStringList table(const QList<core::Guest> &guests, int maxWidth = 0);
    // `text` cut to `width` characters with "…" in the middle; unchanged when it fits.
    static QString elideMiddle(const QString &text, qsizetype width);
    // "ACTIVE", "INACTIVE (REQUESTED)", "FAILED (FAILURE)" ...
    static QString stateText(const core::Guest &guest);
    static QJsonObject json(const core::Guest &guest);
    // `status`: "Label: value" lines, in the order a person reads them.
    static QStringList details(const core::Guest &guest);
    static QJsonObject osAnswerJson(const core::OsAnswer &answer);
    static QString dash(int value)
    {
        return value < 0 ? QStringLiteral("-") : QString::number(value);
    }
};

} // namespace charon::cli
