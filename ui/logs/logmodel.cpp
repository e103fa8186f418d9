// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/logs/logmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;
using charon::core::LogLine;

namespace charon::ui {

LogModel::LogModel(int cap, QObject *parent)
    : QAbstractListModel(parent)
    , m_cap(std::max(10, cap))
{ }

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QString LogModel::displayText(const LogLine &line)
{
    const QString time = line.time.isValid()
        ? line.time.toLocalTime().toString(u"yyyy-MM-dd hh:mm:ss"_s)
        : u"                   "_s;
    if (line.kind == LogLine::Kind::Notice)
        return u"%1  ── %2"_s.arg(time, line.text);
    if (line.origin.isEmpty())
        return u"%1  %2"_s.arg(time, line.text);
    return u"%1  %2: %3"_s.arg(time, line.origin, line.text);
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const LogLine &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(line);
    case Qt::ToolTipRole:
        return line.file.isEmpty()
            ? LogLine::priorityName(line.priority)
            : u"%1 (%2)"_s.arg(line.file, LogLine::priorityName(line.priority));
    case Qt::ForegroundRole:
        if (line.priority <= LogLine::Error)
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        if (line.priority == LogLine::Warning)
            return QBrush(QColor(0xa0, 0x5a, 0x00));
        if (line.priority == LogLine::Debug)
            return QBrush(QColor(0x77, 0x77, 0x77));
        return {};
    case Qt::FontRole:
        if (line.kind == LogLine::Kind::Notice || line.priority <= LogLine::Error) {
            QFont font;
            font.setFamily(u"monospace"_s);
            font.setStyleHint(QFont::Monospace);
            font.setItalic(line.kind == LogLine::Kind::Notice);
            font.setBold(line.priority <= LogLine::Critical);
            return font;
        }
        return {};
    case PriorityRole:
        return line.priority;
    case NoticeRole:
        return line.kind == LogLine::Kind::Notice;
    case SearchTextRole:
        return line.origin.isEmpty() ? line.text : line.origin + u' ' + line.text;
    default:
        return {};
    }
}

void LogModel::resetLines(const QList<LogLine> &lines)
{
    beginResetModel();
    m_lines = lines.size() > m_cap ? lines.mid(lines.size() - m_cap) : lines;
    endResetModel();
    m_following = true;
    m_complete = false;
    m_missed = 0;
    Q_EMIT stateChanged();
}

int LogModel::appendLines(const QList<LogLine> &lines)
{
    if (lines.isEmpty())
        return 0;
    if (!m_following) {
        m_missed += int(lines.size());
        Q_EMIT stateChanged();
        return 0;
    }
    QList<LogLine> take = lines.size() > m_cap ? lines.mid(lines.size() - m_cap) : lines;
    const int drop = int(std::max<qsizetype>(0, m_lines.size() + take.size() - m_cap));
    if (drop > 0) {
        beginRemoveRows({}, 0, drop - 1);
        m_lines.remove(0, drop);
        endRemoveRows();
        if (m_complete) {
            m_complete = false;
            Q_EMIT stateChanged();
        }
    }
    const int first = int(m_lines.size());
    beginInsertRows({}, first, first + int(take.size()) - 1);
    m_lines.append(take);
    endInsertRows();
    return drop + int(lines.size() - take.size());
}

int LogModel::prependLines(const QList<LogLine> &lines, bool complete)
{
    const QList<LogLine> take = lines.size() > m_cap ? lines.mid(lines.size() - m_cap) : lines;
    if (!take.isEmpty()) {
        beginInsertRows({}, 0, int(take.size()) - 1);
        m_lines = take + m_lines;
        endInsertRows();
    }
    const int over = int(m_lines.size()) - m_cap;
    if (over > 0) {
        // The newest leave: following stops until "Jump to Now".
        beginRemoveRows({}, m_cap, int(m_lines.size()) - 1);
        m_lines.resize(m_cap);
        endRemoveRows();
        m_following = false;
    }
    m_complete = complete && take.size() == lines.size();
    Q_EMIT stateChanged();
    return int(take.size());
}

} // namespace charon::ui
