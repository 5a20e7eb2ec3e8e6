/* ui_strings.c - the list of on-screen UI strings (see strings.h). */
#include "ui_strings.h"

#include <stddef.h>

const char *const kf_ui_strings[] = {
    KF_STR_REPORT,      KF_STR_DATE,          KF_STR_SOURCE,
    KF_STR_ARROW,       KF_STR_SEPARATOR,     KF_STR_TARGET,
    KF_STR_PERIOD_2025, KF_STR_PERIOD_FYP14,  KF_STR_PERIOD_FYP15,
    KF_STR_PERIOD_2026, KF_STR_PERIOD_2035,   KF_STR_POINTS,
    KF_STR_MINUS,       KF_STR_YEAR,          KF_STR_BEFORE,
    KF_STR_FYP14_END,   KF_STR_AXIS_NOT_ZERO, KF_STR_VAXIS_NOT_ZERO, NULL,
};
