#pragma once

#include <QStyledItemDelegate>

namespace docket {

// Draws a stripe in the block type's colour at the left edge of each row, so the shape of a
// spec (stories, requirements, criteria) can be seen at a glance. The icon and the type name
// carry the same information for those who cannot tell the colours apart.
class BlockTypeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace docket
