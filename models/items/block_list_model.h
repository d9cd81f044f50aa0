#pragma once

#include "domain/block.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QIcon>

namespace docket {

// The blocks of one document, in document order: what the document view shows.
class BlockListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TypeColumn, TextColumn, LinesColumn, ColumnCount };
    enum Role { BlockIdRole = Qt::UserRole + 1, BlockTypeRole, TypeColorRole, HeadingLevelRole };

    explicit BlockListModel(QObject *parent = nullptr);

    void setBlocks(QList<Block> blocks);
    const QList<Block> &blocks() const { return m_blocks; }
    const Block *blockAt(int row) const;
    int rowOfBlock(const QString &blockId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString displayName(BlockType type); // translated, for people
    static QIcon icon(BlockType type);
    static QColor color(BlockType type);

private:
    QList<Block> m_blocks;
};

} // namespace docket
