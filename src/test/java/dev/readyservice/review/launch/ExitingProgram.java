package dev.readyservice.review.launch;

/** Prints one line and exits with the status given as its argument (a class-data test fixture). */
public final class ExitingProgram {
    private ExitingProgram() {
    }

    public static void main(String[] args) {
        System.out.println("ran " + args[0]);
        System.exit(Integer.parseInt(args[0]));
    }
}
