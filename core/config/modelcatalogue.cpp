// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/config/modelcatalogue.h"

#include "core/support/datapaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

constexpr qint64 MaxCatalogueBytes = 4 * 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("charon::core::ModelCatalogue", text);
}

struct SharedCatalogue
{
    QMutex mutex;
    bool loaded = false;
    ModelCatalogue catalogue;
    QStringList errors;

    void ensureLoaded() // with the mutex held
    {
        if (loaded)
            return;
        errors.clear();
        catalogue = ModelCatalogue::load(&errors);
        loaded = true;
    }
};

SharedCatalogue &sharedCatalogue()
{
    static SharedCatalogue instance;
    return instance;
}

} // namespace

QString ModelCatalogue::canonicalName(const QString &model)
{
    QString key;
    key.reserve(model.size());
    for (const QChar c : model) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    key.remove(u"model"_s);
    // Longest first: "hp9000800rp4440" must lose "hp9000800", not just "hp".
    static const QStringList prefixes { u"alphaserver"_s, u"alphastation"_s, u"hp9000800"_s,
        u"hp9000"_s, u"hp3000"_s, u"9000800"_s, u"hp"_s };
    for (const QString &prefix : prefixes) {
        if (key.startsWith(prefix) && key.size() > prefix.size()) {
            key.remove(0, prefix.size());
            break;
        }
    }
    return key;
}

ModelCatalogue ModelCatalogue::fromTsv(
    const QByteArray &tsv, const QString &origin, QStringList *errors)
{
    ModelCatalogue catalogue;
    const QList<QByteArray> lines = tsv.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList columns = line.split(u'\t', Qt::SkipEmptyParts);
        bool ok = false;
        const int cpus = columns.size() >= 2 ? columns.at(1).trimmed().toInt(&ok) : 0;
        const QString key = columns.isEmpty() ? QString() : canonicalName(columns.at(0));
        if (columns.size() < 2 || !ok || cpus < 1 || key.isEmpty()) {
            if (errors) {
                errors->append(u"%1:%2: "_s.arg(origin).arg(i + 1)
                    + tr("expected \"model<TAB>cpus<TAB>family\" with cpus >= 1"));
            }
            continue;
        }
        Entry entry { columns.at(0).trimmed(), cpus,
            columns.size() >= 3 ? columns.at(2).trimmed().toLower() : QString() };
        if (!catalogue.m_byKey.contains(key))
            catalogue.m_order.append(key);
        catalogue.m_byKey.insert(key, entry);
    }
    return catalogue;
}

ModelCatalogue ModelCatalogue::load(QStringList *errors)
{
    ModelCatalogue result;
    for (const QString &dirPath : DataPaths::searchDirs({}, "CHARON_MODEL_DIR")) {
        QFile file(QDir(dirPath).filePath(u"models.tsv"_s));
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly)) {
            if (errors)
                errors->append(tr("%1: cannot read: %2").arg(file.fileName(), file.errorString()));
            continue;
        }
        if (file.size() > MaxCatalogueBytes) {
            if (errors)
                errors->append(tr("%1: too large").arg(file.fileName()));
            continue;
        }
        result.merge(fromTsv(file.readAll(), file.fileName(), errors));
    }
    return result;
}

ModelCatalogue ModelCatalogue::shared()
{
    QMutexLocker lock(&sharedCatalogue().mutex);
    sharedCatalogue().ensureLoaded();
    return sharedCatalogue().catalogue;
}

QStringList ModelCatalogue::sharedLoadErrors()
{
    QMutexLocker lock(&sharedCatalogue().mutex);
    sharedCatalogue().ensureLoaded();
    return sharedCatalogue().errors;
}

void ModelCatalogue::reloadShared()
{
    QMutexLocker lock(&sharedCatalogue().mutex);
    sharedCatalogue().loaded = false;
    sharedCatalogue().ensureLoaded();
}

void ModelCatalogue::merge(const ModelCatalogue &other)
{
    for (const QString &key : other.m_order) {
        if (!m_byKey.contains(key))
            m_order.append(key);
        m_byKey.insert(key, other.m_byKey.value(key));
    }
}

std::optional<ModelCatalogue::Entry> ModelCatalogue::find(const QString &model) const
{
    QString name = model.trimmed();
    if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
        name = name.mid(1, name.size() - 2);
    auto it = m_byKey.constFind(canonicalName(name));
    if (it != m_byKey.cend())
        return *it;
    // "A500-200-250" or "rp4440-8": an unlisted variant of a listed base model.
    const qsizetype dash = name.indexOf(u'-');
    if (dash > 0) {
        it = m_byKey.constFind(canonicalName(name.left(dash)));
        if (it != m_byKey.cend())
            return *it;
    }
    return std::nullopt;
}

int ModelCatalogue::cpusFor(const QString &model) const
{
    const auto entry = find(model);
    return entry ? entry->cpus : -1;
}

QList<ModelCatalogue::Entry> ModelCatalogue::entries() const
{
    QList<Entry> out;
    out.reserve(m_order.size());
    for (const QString &key : m_order)
        out.append(m_byKey.value(key));
    return out;
}

} // namespace charon::core
