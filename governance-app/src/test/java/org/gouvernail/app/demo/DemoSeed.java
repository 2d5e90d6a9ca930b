package org.gouvernail.app.demo;

/** Test helper: lets tests of other packages seed the demo data (DemoData.seed is package-private). */
public final class DemoSeed {

    private DemoSeed() {}

    public static void seed(DemoData demo) {
        demo.seed();
    }
}
