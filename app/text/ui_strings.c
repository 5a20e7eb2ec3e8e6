/* ui_strings.c - the list of on-screen UI strings (see strings.h). */
#include "ui_strings.h"

#include <stddef.h>

const char *const kf_ui_strings[] = {
    KF_STR_REPORT, KF_STR_DATE, KF_STR_SOURCE, KF_STR_ARROW, KF_STR_SEPARATOR, KF_STR_TARGET, NULL,
};
