// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/license/emulatorlogtimestamp.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace charon::core {

QDateTime emulatorLogTimestamp(const QString &line)
{
    static const QRegularExpression charon(
        u"^(?<date>\\d{8}):(?<time>\\d{6})(?:\\.(?<fraction>\\d{1,6}))?[:\\s]"_s);
    static const QRegularExpression iso(
        u"^(?<date>\\d{4}-\\d{2}-\\d{2})[ T](?<time>\\d{2}:\\d{2}:\\d{2})(?:[.,](?<fraction>\\d{1,6}))?"_s);

    QDate date;
    QTime time;
    QRegularExpressionMatch m = charon.match(line);
    if (m.hasMatch()) {
        date = QDate::fromString(m.captured(u"date"_s), u"yyyyMMdd"_s);
        time = QTime::fromString(m.captured(u"time"_s), u"HHmmss"_s);
    } else if (m = iso.match(line); m.hasMatch()) {
        date = QDate::fromString(m.captured(u"date"_s), Qt::ISODate);
        time = QTime::fromString(m.captured(u"time"_s), u"HH:mm:ss"_s);
    } else {
        return {};
    }
    if (!date.isValid() || !time.isValid())
        return {};
    const QString fraction = m.captured(u"fraction"_s);
    if (!fraction.isEmpty())
        time = time.addMSecs(fraction.left(3).leftJustified(3, u'0').toInt());
    return QDateTime(date, time);
}

} // namespace charon::core
