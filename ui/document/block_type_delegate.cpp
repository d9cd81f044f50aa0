#include "block_type_delegate.h"

#include "items/block_list_model.h"

#include <QPainter>

namespace docket {

void BlockTypeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem shifted = option;
    constexpr int kStripeWidth = 4;
    shifted.rect.adjust(kStripeWidth + 2, 0, 0, 0);
    QStyledItemDelegate::paint(painter, shifted, index);

    const QColor color = index.data(BlockListModel::TypeColorRole).value<QColor>();
    if (color.isValid()) {
        painter->save();
        painter->fillRect(
            QRect(option.rect.left(), option.rect.top() + 1, kStripeWidth, option.rect.height() - 2), color);
        painter->restore();
    }
}

} // namespace docket
