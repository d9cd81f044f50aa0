#pragma once

#include <QPalette>
#include <QPen>

class QPainter;

namespace docket {

enum class EdgeKind { DependsOn, Parent };

// The look of the dependency picture, shared by the scene and its legend. Every colour comes from
// the palette so light and dark themes both read; cycles also differ in line width and dash, and
// carry a ⟳ mark, so they never depend on colour alone.
namespace dependency_style {

QColor lineColor(const QPalette &palette);
QColor cycleColor(const QPalette &palette);
QPen edgePen(const QPalette &palette, EdgeKind kind, bool onCycle, bool highlighted);
// Filled head for "depends on", open head for "parent"; the tip points along direction.
void drawArrowHead(QPainter &painter, const QPointF &tip, const QPointF &direction, EdgeKind kind);
// The ⟳ mark in a small disc, centred on the point.
void drawCycleMark(QPainter &painter, const QPointF &centre, const QPalette &palette);

} // namespace dependency_style

} // namespace docket
