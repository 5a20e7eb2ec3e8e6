/* parts.c - the report's parts (see parts.h). */
#include "parts.h"

#include <string.h>

/* The short name of a section: the ordinal before "、", else its last two
 * characters. */
static void short_name(const char *section, char *out, size_t n)
{
    const char *dun = strstr(section, "、");
    size_t len = dun ? (size_t)(dun - section) : strlen(section);
    const char *from = section;
    if (!dun) { /* the last two characters */
        const char *p = section + len;
        for (int k = 0; k < 2 && p > section;) {
            p--;
            if (((unsigned char)*p & 0xC0) != 0x80) k++;
        }
        from = p, len = (size_t)(section + strlen(section) - p);
    }
    if (len >= n) len = n - 1;
    while (len > 0 && ((unsigned char)from[len] & 0xC0) == 0x80) len--; /* whole characters */
    memcpy(out, from, len);
    out[len] = '\0';
}

void kf_parts_of(const kf_table *t, kf_parts *p)
{
    memset(p, 0, sizeof *p);
    for (int i = 0; i < t->n_slides; i++) {
        const char *sec = t->slides[i].section;
        if (p->n == 0 || (strcmp(sec, t->slides[i - 1].section) != 0 && p->n < KF_PARTS_MAX)) {
            p->first[p->n] = i;
            short_name(sec, p->name[p->n], sizeof p->name[0]);
            p->n++;
        }
        p->count[p->n - 1]++;
    }
}

int kf_parts_find(const kf_parts *p, int slide, int *place)
{
    int part = 0;
    while (part + 1 < p->n && slide >= p->first[part + 1]) part++;
    *place = slide - p->first[part] + 1;
    return part;
}
