#pragma once

#include <QObject>

namespace docket {

// Light and dark palettes. "System" keeps the palette the platform gave the application, so a
// dark desktop gives a dark Docket; the choice is remembered in the settings.
class Appearance {
    Q_GADGET
public:
    enum class Mode { System, Light, Dark };
    Q_ENUM(Mode)

    static Mode saved();
    static void save(Mode mode);
    // Applies the mode to the whole application. Call once at start-up with saved().
    static void apply(Mode mode);
    static bool isDark();
};

} // namespace docket
