// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The model catalogue: how many CPUs a configured hardware model has (the toolkit's
// "predefined file of models and CPU numbers", "-" when unknown). Read from models.tsv: the
// built-in copy, then same-named files in the override directories (DataPaths), whose rows add
// models or replace the count of the same model. Lookup forgives case, separators and vendor
// prefixes: "AlphaServer_ES40", "alphaserver es40" and "ES40" are one model.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace charon::core {

class ModelCatalogue
{
public:
    struct Entry
    {
        QString model; // as written in the catalogue
        int cpus = -1;
        QString family; // "par", "axp", "vax"
    };

    // Rows of one TSV file (`model<TAB>cpus<TAB>family`, '#' comments); bad rows are skipped
    // and reported in *errors as "origin:line: what".
    static ModelCatalogue fromTsv(
        const QByteArray &tsv, const QString &origin, QStringList *errors = nullptr);
    // Built-in catalogue plus every override file, read now.
    static ModelCatalogue load(QStringList *errors = nullptr);
    // load(), done once and kept (thread-safe); reloadShared() re-reads the files.
    static ModelCatalogue shared();
    static QStringList sharedLoadErrors();
    static void reloadShared();

    void merge(const ModelCatalogue &other); // other's rows win

    // -1 when the model is unknown.
    int cpusFor(const QString &model) const;
    std::optional<Entry> find(const QString &model) const;
    QList<Entry> entries() const; // in file order
    qsizetype size() const { return m_order.size(); }

    // The lookup key: lower case, letters and digits only, without "model" and vendor prefixes.
    static QString canonicalName(const QString &model);

private:
    QHash<QString, Entry> m_byKey;
    QStringList m_order; // keys in file order
};

} // namespace charon::core
