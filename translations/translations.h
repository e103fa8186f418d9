// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Installs the shipped French/German translations (and Qt's own) for the current locale.
// Called once by each entry point before any tr() string is built.

class QCoreApplication;

namespace charon {
void installTranslations(QCoreApplication &app);
}
