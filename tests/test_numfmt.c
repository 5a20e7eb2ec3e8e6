/* test_numfmt.c - numbers as the report prints them, the count-up's text,
 * quotes made fit for the screen. */
#include "check.h"
#include "numfmt.h"

static void parse(void)
{
    kf_number n;
    KF_CHECK_INT(kf_num_parse("5.2", &n), 0);
    KF_CHECK_INT(n.n_parts, 1);
    KF_CHECK_INT(n.decimals[0], 1);
    KF_CHECK(n.value[0] > 5.19 && n.value[0] < 5.21, "5.2 parsed as %f", n.value[0]);
    KF_CHECK_INT(kf_num_parse("2049", &n), 0);
    KF_CHECK_INT(n.decimals[0], 0);
    KF_CHECK_INT(n.digits[0], 4);
    KF_CHECK_INT(kf_num_parse("2.0", &n), 0);
    KF_CHECK_INT(n.decimals[0], 1);
    KF_CHECK_INT(kf_num_parse("4.5—5", &n), 0);
    KF_CHECK_INT(n.n_parts, 2);
    KF_CHECK_INT(n.decimals[1], 0);
    const char *bad[] = {"", "5,2", "-1", "5.", ".5", "5.2.1", "五", "4.5-5", "4.5—", "1 0", "５"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        KF_CHECK(kf_num_parse(bad[i], &n) == -1, "\"%s\" must not parse", bad[i]);
}

/* counting from a before value: 75.6 -> 76.5 passes through its 9 steps,
 * never past the end, never back; other shapes count as usual */
static void countup_from(void)
{
    char buf[64], prev[64] = "";
    kf_num_countup_from("76.5", "75.6", 0, buf, sizeof buf);
    KF_CHECK_STR(buf, "75.6");
    kf_num_countup_from("76.5", "75.6", 0.5, buf, sizeof buf);
    KF_CHECK_STR(buf, "76.0");
    kf_num_countup_from("76.5", "75.6", 1, buf, sizeof buf);
    KF_CHECK_STR(buf, "76.5");
    kf_num_countup_from("83.9", "82.4", 0.999, buf, sizeof buf);
    KF_CHECK_STR(buf, "83.8");
    for (int k = 0; k <= 1000; k++) {
        kf_num_countup_from("83.9", "82.4", k / 1000.0, buf, sizeof buf);
        KF_CHECK(strlen(buf) == 4 && strcmp(buf, "82.4") >= 0 && strcmp(buf, "83.9") <= 0 &&
                     strcmp(buf, prev) >= 0,
                 "83.9 from 82.4 at %d/1000: %s after %s", k, buf, prev);
        snprintf(prev, sizeof prev, "%s", buf);
    }
    KF_CHECK(kf_num_counts_from("76.5", "75.6"), "76.5 from 75.6 counts");
    /* not of one shape, not below, a range, nothing: the usual count */
    const char *starts[] = {"9.8", "76.5", "80.1", "", "75"};
    for (size_t i = 0; i < sizeof starts / sizeof starts[0]; i++) {
        char want[64];
        kf_num_countup("76.5", 0.3, want, sizeof want);
        kf_num_countup_from("76.5", starts[i], 0.3, buf, sizeof buf);
        KF_CHECK(strcmp(buf, want) == 0, "76.5 from \"%s\": %s, want %s", starts[i], buf, want);
    }
    kf_num_countup_from("5", "4", 0.5, buf, sizeof buf); /* one step: it still counts */
    KF_CHECK_STR(buf, "4");
    KF_CHECK(!kf_num_counts_from("5", "") && kf_num_counts_from("5", "4"), "5 from 4");
}

static void countup(void)
{
    char buf[64];
    /* the end is the report's text, byte for byte */
    const char *finals[] = {"5.2", "2049", "97.3", "0.4", "2.0", "4.5—5", "0.6", "8600", "83.9"};
    for (size_t i = 0; i < sizeof finals / sizeof finals[0]; i++) {
        kf_num_countup(finals[i], 1.0, buf, sizeof buf);
        KF_CHECK_STR(buf, finals[i]);
        kf_num_countup(finals[i], 7.5, buf, sizeof buf);
        KF_CHECK_STR(buf, finals[i]);
    }
    /* the count keeps the final's shape: from 0 for one digit before the
     * point, from 10...0 for more, the final's decimals all the way */
    kf_num_countup("5.2", 0, buf, sizeof buf);
    KF_CHECK_STR(buf, "0.0");
    kf_num_countup("5.2", 0.5, buf, sizeof buf);
    KF_CHECK_STR(buf, "2.6");
    kf_num_countup("2049", 0, buf, sizeof buf);
    KF_CHECK_STR(buf, "1000");
    kf_num_countup("2049", 0.5, buf, sizeof buf);
    KF_CHECK_STR(buf, "1524");
    kf_num_countup("83.9", 0, buf, sizeof buf);
    KF_CHECK_STR(buf, "10.0");
    kf_num_countup("4.5—5", 0.5, buf, sizeof buf);
    KF_CHECK_STR(buf, "2.2—5"); /* 5 alone would pass 6 values: it stays */
    kf_num_countup("5.2", -1, buf, sizeof buf);
    KF_CHECK_STR(buf, "0.0");
    /* numbers that would pass fewer than 10 values do not count */
    const char *still[] = {"5", "16", "100", "10", "1000", "0.5"};
    for (size_t i = 0; i < sizeof still / sizeof still[0]; i++) {
        kf_num_countup(still[i], 0.3, buf, sizeof buf);
        KF_CHECK_STR(buf, still[i]);
        KF_CHECK(!kf_num_counts(still[i]), "%s must not count", still[i]);
    }
    KF_CHECK(kf_num_counts("5.2") && kf_num_counts("29") && kf_num_counts("4.5—5") &&
                 kf_num_counts("2.0"),
             "counts");
    KF_CHECK(!kf_num_counts("abc"), "text does not count");
    /* on the way: never past the final, never backwards, the final's shape */
    const char *walk[] = {"97.3", "2049", "0.4", "5.2", "8600", "4.5—5", "83.9", "29"};
    for (size_t i = 0; i < sizeof walk / sizeof walk[0]; i++) {
        double prev_v = -1, final_v = 0;
        sscanf(walk[i], "%lf", &final_v);
        for (int k = 0; k <= 1000; k++) {
            kf_num_countup(walk[i], k / 1000.0, buf, sizeof buf);
            double v = 0;
            sscanf(buf, "%lf", &v);
            KF_CHECK(v <= final_v + 1e-9, "%s at %d/1000 shows %s", walk[i], k, buf);
            KF_CHECK(v >= prev_v, "%s goes back to %s at %d/1000", walk[i], buf, k);
            KF_CHECK(strlen(buf) == strlen(walk[i]), "%s at %d/1000 is %s: another shape", walk[i],
                     k, buf);
            prev_v = v;
        }
    }
    /* not a number: shown as it is */
    kf_num_countup("abc", 0.3, buf, sizeof buf);
    KF_CHECK_STR(buf, "abc");
    /* a small buffer truncates, still terminated */
    char tiny[3];
    kf_num_countup("2049", 1, tiny, sizeof tiny);
    KF_CHECK_STR(tiny, "20");
    /* easing: monotonic from 0 to 1 */
    double prev = -1;
    for (int k = 0; k <= 100; k++) {
        double e = kf_num_ease(k / 100.0);
        KF_CHECK(e >= prev, "ease not monotonic at %d", k);
        prev = e;
    }
    KF_CHECK(kf_num_ease(0) == 0 && kf_num_ease(1) == 1 && kf_num_ease(2) == 1, "ease ends");
}

static void quotes(void)
{
    char buf[256];
    kf_num_quote_for_display("产量近 70 万辆,34 款创新药械获批上市", buf, sizeof buf);
    KF_CHECK_STR(buf, "产量近70万辆，34款创新药械获批上市");
    kf_num_quote_for_display("全市地区生产总值 5.2 万亿元、增长 5.4%", buf, sizeof buf);
    KF_CHECK_STR(buf, "全市地区生产总值5.2万亿元、增长5.4%");
    kf_num_quote_for_display("包括:地区生产总值;(草案)", buf, sizeof buf);
    KF_CHECK_STR(buf, "包括：地区生产总值；（草案）");
    kf_num_quote_for_display("6G 小规模实验网", buf, sizeof buf);
    KF_CHECK_STR(buf, "6G小规模实验网");
    kf_num_quote_for_display("1,000 and 3:1", buf, sizeof buf);
    KF_CHECK_STR(buf, "1,000 and 3:1");
    kf_num_quote_for_display("  前后  ", buf, sizeof buf);
    KF_CHECK_STR(buf, "前后");
}

int main(void)
{
    countup_from();
    parse();
    countup();
    quotes();
    return kf_check_done();
}
