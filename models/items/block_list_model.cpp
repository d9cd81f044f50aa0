#include "block_list_model.h"

#include <QFont>

namespace docket {

namespace {
constexpr int kPreviewLength = 240; // the table shows a preview; the full text is in the tooltip

QString preview(const QString &text)
{
    QString line = text;
    line.replace(QLatin1Char('\n'), QStringLiteral(" · "));
    return line.size() > kPreviewLength ? line.left(kPreviewLength) + QChar(0x2026) : line;
}
} // namespace

BlockListModel::BlockListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BlockListModel::setBlocks(QList<Block> blocks)
{
    beginResetModel();
    m_blocks = std::move(blocks);
    endResetModel();
}

const Block *BlockListModel::blockAt(int row) const
{
    return row >= 0 && row < m_blocks.size() ? &m_blocks.at(row) : nullptr;
}

int BlockListModel::rowOfBlock(const QString &blockId) const
{
    for (int row = 0; row < m_blocks.size(); ++row) {
        if (m_blocks.at(row).id == blockId)
            return row;
    }
    return -1;
}

int BlockListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_blocks.size());
}

int BlockListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BlockListModel::data(const QModelIndex &index, int role) const
{
    const Block *block = index.isValid() ? blockAt(index.row()) : nullptr;
    if (!block)
        return {};

    switch (role) {
    case BlockIdRole:
        return block->id;
    case BlockTypeRole:
        return blockTypeName(block->type);
    case TypeColorRole:
        return color(block->type);
    case HeadingLevelRole:
        return block->headingLevel;
    case Qt::ToolTipRole:
        return block->text;
    default:
        break;
    }

    switch (index.column()) {
    case TypeColumn:
        if (role == Qt::DisplayRole)
            return displayName(block->type);
        if (role == Qt::DecorationRole)
            return icon(block->type);
        if (role == Qt::AccessibleTextRole)
            return tr("%1 block").arg(displayName(block->type));
        break;
    case TextColumn:
        if (role == Qt::DisplayRole) {
            const QString indent(qMax(0, int(block->headingPath.size()) - 1) * 2, QLatin1Char(' '));
            return block->type == BlockType::Heading ? block->text : indent + preview(block->text);
        }
        if (role == Qt::FontRole && block->type == BlockType::Heading) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case LinesColumn:
        if (role == Qt::DisplayRole)
            return block->startLine == block->endLine ? QString::number(block->startLine)
                                                      : tr("%1–%2").arg(block->startLine).arg(block->endLine);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant BlockListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case TextColumn:
        return tr("Text");
    case LinesColumn:
        return tr("Lines");
    default:
        return {};
    }
}

QString BlockListModel::displayName(BlockType type)
{
    switch (type) {
    case BlockType::Heading:
        return tr("Heading");
    case BlockType::Paragraph:
        return tr("Paragraph");
    case BlockType::List:
        return tr("List");
    case BlockType::Code:
        return tr("Code");
    case BlockType::Table:
        return tr("Table");
    case BlockType::Quote:
        return tr("Quote");
    case BlockType::UserStory:
        return tr("User story");
    case BlockType::Requirement:
        return tr("Requirement");
    case BlockType::AcceptanceCriteria:
        return tr("Acceptance criteria");
    case BlockType::Solution:
        return tr("Solution");
    case BlockType::Risk:
        return tr("Risk");
    case BlockType::OpenQuestion:
        return tr("Open question");
    }
    return {};
}

QIcon BlockListModel::icon(BlockType type)
{
    return QIcon(QStringLiteral(":/icons/block-%1.svg").arg(blockTypeName(type)));
}

QColor BlockListModel::color(BlockType type)
{
    // The same colours as the icons, so a block reads the same everywhere.
    switch (type) {
    case BlockType::Heading:
        return QColor(0x37, 0x47, 0x4F);
    case BlockType::Paragraph:
        return QColor(0x78, 0x90, 0x9C);
    case BlockType::List:
        return QColor(0x5C, 0x6B, 0xC0);
    case BlockType::Code:
        return QColor(0x45, 0x5A, 0x64);
    case BlockType::Table:
        return QColor(0x00, 0x89, 0x7B);
    case BlockType::Quote:
        return QColor(0x8D, 0x6E, 0x63);
    case BlockType::UserStory:
        return QColor(0x1E, 0x88, 0xE5);
    case BlockType::Requirement:
        return QColor(0x6D, 0x4C, 0x41);
    case BlockType::AcceptanceCriteria:
        return QColor(0x43, 0xA0, 0x47);
    case BlockType::Solution:
        return QColor(0x8E, 0x24, 0xAA);
    case BlockType::Risk:
        return QColor(0xE5, 0x39, 0x35);
    case BlockType::OpenQuestion:
        return QColor(0xFB, 0x8C, 0x00);
    }
    return {};
}

} // namespace docket
