#pragma once
// Installs the shipped French/German translations (and Qt's own) for the current locale.
// Called once by each entry point before any tr() string is built.

class QCoreApplication;

namespace charon {
void installTranslations(QCoreApplication &app);
}
