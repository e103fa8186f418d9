// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "translations/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace charon {

void installTranslations(QCoreApplication &app)
{
    // Both translators are children of the application: they live exactly as long as it does.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), u"qtbase"_s, u"_"_s,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    auto *ourTranslator = new QTranslator(&app);
    if (ourTranslator->load(QLocale(), u"charon"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ourTranslator);
}

}  // namespace charon
