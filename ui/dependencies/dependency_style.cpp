#include "dependency_style.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace docket::dependency_style {

namespace {

QColor blend(const QColor &first, const QColor &second, qreal secondShare)
{
    const auto mix = [secondShare](qreal a, qreal b) { return a * (1 - secondShare) + b * secondShare; };
    return QColor::fromRgbF(float(mix(first.redF(), second.redF())),
                            float(mix(first.greenF(), second.greenF())),
                            float(mix(first.blueF(), second.blueF())));
}

} // namespace

QColor lineColor(const QPalette &palette)
{
    // Softer than the text, still clearly visible on the base colour.
    return blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.25);
}

QColor cycleColor(const QPalette &palette)
{
    // Half text, half red: dark red on light themes, light red on dark ones.
    return blend(palette.color(QPalette::Text), QColor(220, 40, 40), 0.5);
}

QPen edgePen(const QPalette &palette, EdgeKind kind, bool onCycle, bool highlighted)
{
    QColor color = onCycle ? cycleColor(palette) : lineColor(palette);
    if (highlighted)
        color = palette.color(QPalette::Highlight);
    QPen pen(color, onCycle ? 3.0 : 1.5);
    pen.setCapStyle(Qt::FlatCap);
    if (kind == EdgeKind::Parent)
        pen.setDashPattern({4.0, 3.0}); // in units of the pen width, so thick lines keep the rhythm
    return pen;
}

void drawArrowHead(QPainter &painter, const QPointF &tip, const QPointF &direction, EdgeKind kind)
{
    const qreal length = std::hypot(direction.x(), direction.y());
    if (qFuzzyIsNull(length))
        return;
    const QPointF along = direction / length;
    const QPointF across(-along.y(), along.x());
    const qreal headLength = 10 + painter.pen().widthF();
    const QPointF back = tip - along * headLength;
    const QPointF left = back + across * (headLength * 0.45);
    const QPointF right = back - across * (headLength * 0.45);

    painter.save();
    QPen solid = painter.pen();
    solid.setStyle(Qt::SolidLine);
    solid.setJoinStyle(Qt::MiterJoin);
    painter.setPen(solid);
    if (kind == EdgeKind::DependsOn) {
        painter.setBrush(solid.color());
        painter.drawPolygon(QPolygonF({tip, left, right}));
    } else {
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(QPolygonF({left, tip, right}));
    }
    painter.restore();
}

void drawCycleMark(QPainter &painter, const QPointF &centre, const QPalette &palette)
{
    painter.save();
    const QString mark = QStringLiteral("⟳");
    const QFontMetricsF metrics(painter.font());
    const qreal radius = metrics.height() * 0.6;
    painter.setPen(QPen(cycleColor(palette), 1.5));
    painter.setBrush(palette.color(QPalette::Base));
    painter.drawEllipse(centre, radius, radius);
    painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                     Qt::AlignCenter, mark);
    painter.restore();
}

} // namespace docket::dependency_style
