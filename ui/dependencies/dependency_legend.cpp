#include "dependency_legend.h"

#include <QPainter>

namespace docket {

namespace {

constexpr int kSampleWidth = 40;
constexpr int kGap = 6;
constexpr int kEntrySpacing = 18;

} // namespace

DependencyLegend::DependencyLegend(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setAccessibleName(tr("Legend"));
    QStringList meanings;
    for (const Entry &entry : entries())
        meanings.append(entry.text);
    setAccessibleDescription(meanings.join(QStringLiteral("; ")));
}

QList<DependencyLegend::Entry> DependencyLegend::entries() const
{
    return {{tr("depends on"), EdgeKind::DependsOn, false},
            {tr("parent (dashed)"), EdgeKind::Parent, false},
            {tr("⟳ on a cycle (thick)"), EdgeKind::DependsOn, true}};
}

int DependencyLegend::entryWidth(const Entry &entry) const
{
    return kSampleWidth + kGap + fontMetrics().horizontalAdvance(entry.text);
}

int DependencyLegend::rowHeight() const
{
    return fontMetrics().height() + 6;
}

QList<QPoint> DependencyLegend::flow(int width) const
{
    QList<QPoint> corners;
    QPoint corner(0, 0);
    for (const Entry &entry : entries()) {
        if (corner.x() > 0 && corner.x() + entryWidth(entry) > width)
            corner = QPoint(0, corner.y() + rowHeight());
        corners.append(corner);
        corner.rx() += entryWidth(entry) + kEntrySpacing;
    }
    return corners;
}

QSize DependencyLegend::sizeHint() const
{
    int width = 0;
    for (const Entry &entry : entries())
        width += entryWidth(entry) + kEntrySpacing;
    return {width - kEntrySpacing, rowHeight()};
}

int DependencyLegend::heightForWidth(int width) const
{
    const QList<QPoint> corners = flow(width);
    return corners.isEmpty() ? 0 : corners.last().y() + rowHeight();
}

void DependencyLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QList<Entry> legendEntries = entries();
    const QList<QPoint> corners = flow(width());
    for (int i = 0; i < legendEntries.size(); ++i) {
        const Entry &entry = legendEntries.at(i);
        const QPoint corner = corners.at(i);
        const qreal middle = corner.y() + rowHeight() / 2.0;
        painter.setPen(dependency_style::edgePen(palette(), entry.kind, entry.onCycle, false));
        const QPointF start(corner.x() + 2, middle);
        const QPointF tip(corner.x() + kSampleWidth - 2, middle);
        painter.drawLine(start, tip);
        dependency_style::drawArrowHead(painter, tip, tip - start, entry.kind);

        painter.setPen(palette().color(QPalette::WindowText));
        const QRect textRect(corner.x() + kSampleWidth + kGap, corner.y(), width(), rowHeight());
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, entry.text);
    }
}

} // namespace docket
