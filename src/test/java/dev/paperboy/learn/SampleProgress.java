package dev.paperboy.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Progresses for tests and benchmarks: the seed list's 36 papers (data/catalogue.json, 1998 to 2018,
 * nlp and cv) with chosen marks, and generated lists of any size.
 */
public final class SampleProgress {

    private record Paper(String id, String area, int year, int month, String label) {
    }

    /** The seed's papers in the list's order: nlp first, then cv. */
    private static final List<Paper> SEED = List.of(
            new Paper("a-neural-probabilistic-language-model", "nlp", 2003, 2, "A Neural Probabilistic Language Model"),
            new Paper("efficient-estimation-of-word-representations-in-vector-space", "nlp", 2013, 1, "Efficient Estimation of Word Representations in Vector Space"),
            new Paper("generating-sequences-with-recurrent-neural-networks", "nlp", 2013, 8, "Generating Sequences With Recurrent Neural Networks"),
            new Paper("neural-machine-translation-by-jointly-learning-to-align-and", "nlp", 2014, 9, "Neural Machine Translation by Jointly Learning to Align and Translate"),
            new Paper("effective-approaches-to-attention-based-neural-machine", "nlp", 2015, 8, "Effective Approaches to Attention-based Neural Machine Translation"),
            new Paper("semi-supervised-sequence-learning", "nlp", 2015, 12, "Semi-supervised Sequence Learning"),
            new Paper("attention-is-all-you-need", "nlp", 2017, 6, "Attention Is All You Need"),
            new Paper("one-model-to-learn-them-all", "nlp", 2017, 6, "One Model To Learn Them All"),
            new Paper("universal-language-model-fine-tuning-for-text-classification", "nlp", 2018, 1, "Universal Language Model Fine-tuning for Text Classification"),
            new Paper("deep-contextualized-word-representations", "nlp", 2018, 2, "Deep contextualized word representations"),
            new Paper("improving-language-understanding-by-generative-pre-training", "nlp", 2018, 6, "Improving Language Understanding by Generative Pre-Training"),
            new Paper("bert", "nlp", 2018, 10, "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"),
            new Paper("lenet-5", "cv", 1998, 1, "LeNet-5"),
            new Paper("imagenet", "cv", 2009, 6, "ImageNet"),
            new Paper("alexnet", "cv", 2012, 12, "AlexNet"),
            new Paper("r-cnn", "cv", 2013, 11, "R-CNN"),
            new Paper("overfeat", "cv", 2013, 12, "OverFeat"),
            new Paper("gan", "cv", 2014, 6, "GAN"),
            new Paper("deepface", "cv", 2014, 6, "DeepFace"),
            new Paper("vgg", "cv", 2014, 9, "VGG"),
            new Paper("googlenet", "cv", 2014, 9, "GoogLeNet"),
            new Paper("fully-convolutional-networks-for-semantic-segmentation", "cv", 2014, 11, "Fully Convolutional Networks for Semantic Segmentation"),
            new Paper("fast-r-cnn", "cv", 2015, 4, "Fast R-CNN"),
            new Paper("u-net", "cv", 2015, 5, "U-Net"),
            new Paper("faster-r-cnn", "cv", 2015, 6, "Faster R-CNN"),
            new Paper("yolo", "cv", 2015, 6, "YOLO"),
            new Paper("dcgan", "cv", 2015, 11, "DCGAN"),
            new Paper("ssd", "cv", 2015, 12, "SSD"),
            new Paper("resnet", "cv", 2015, 12, "ResNet"),
            new Paper("yolov2", "cv", 2016, 12, "YOLOv2"),
            new Paper("wgan", "cv", 2017, 1, "WGAN"),
            new Paper("mask-r-cnn", "cv", 2017, 3, "Mask R-CNN"),
            new Paper("cyclegan", "cv", 2017, 3, "CycleGAN"),
            new Paper("mobilenets", "cv", 2017, 4, "MobileNets"),
            new Paper("shufflenet", "cv", 2017, 7, "ShuffleNet"),
            new Paper("yolov3", "cv", 2018, 4, "YOLOv3"));

    /** Seven read (three of them 2014-2015 cv papers sharing months), three saved, one of them read. */
    public static final Set<String> SEVEN_READ = Set.of("lenet-5", "alexnet", "vgg", "googlenet", "resnet",
            "attention-is-all-you-need", "bert");
    public static final Set<String> THREE_SAVED = Set.of("bert", "gan", "yolo");

    private SampleProgress() {
    }

    /** The seed with seven papers read and three saved. */
    public static Progress seed() {
        return seed(SEVEN_READ, THREE_SAVED);
    }

    public static Progress seed(Set<String> read, Set<String> saved) {
        List<Progress.Dot> dots = new ArrayList<>();
        for (Paper p : SEED) {
            dots.add(new Progress.Dot(p.id(), p.label(), p.area(), p.year(), p.month(), read.contains(p.id()),
                    saved.contains(p.id())));
        }
        return of(dots);
    }

    /** Every seed paper read (and none saved), or none. */
    public static Progress seedAll(boolean read) {
        List<Progress.Dot> dots = new ArrayList<>();
        for (Paper p : SEED) {
            dots.add(new Progress.Dot(p.id(), p.label(), p.area(), p.year(), p.month(), read, false));
        }
        return of(dots);
    }

    /**
     * A generated list: {@code papers} papers in {@code areas} areas from 1958 to 2024, more of them
     * in recent years (as real lists are), a quarter read and one in twenty saved; the same
     * arguments give the same list.
     */
    public static Progress generated(int papers, int areas, long seed) {
        Random random = new Random(seed);
        String[] names = {"nlp", "cv", "rl", "speech", "graphs", "theory", "audio", "robotics"};
        List<Progress.Dot> dots = new ArrayList<>();
        for (int i = 0; i < papers; i++) {
            // Squared uniform leans towards the later years.
            double u = Math.sqrt(random.nextDouble());
            int year = 1958 + (int) Math.floor(u * (2024 - 1958 + 1));
            int month = 1 + random.nextInt(12);
            String area = names[i % areas];
            dots.add(new Progress.Dot("g-" + i, "Generated paper " + i, area, year, month,
                    random.nextInt(4) == 0, random.nextInt(20) == 0));
        }
        dots.sort((a, b) -> a.year() != b.year() ? Integer.compare(a.year(), b.year())
                : Integer.compare(a.month(), b.month()));
        return of(dots);
    }

    /** A progress from its papers: the years they span, counts per area in order of first appearance. */
    public static Progress of(List<Progress.Dot> dots) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (Progress.Dot dot : dots) {
            int[] c = counts.computeIfAbsent(dot.area(), a -> new int[3]);
            c[0] += dot.read() ? 1 : 0;
            c[1] += dot.saved() ? 1 : 0;
            c[2]++;
            first = Math.min(first, dot.year());
            last = Math.max(last, dot.year());
        }
        List<Progress.AreaCount> areas = new ArrayList<>();
        counts.forEach((area, c) -> areas.add(new Progress.AreaCount(area, c[0], c[1], c[2])));
        List<Progress.Dot> sorted = new ArrayList<>(dots);
        sorted.sort((a, b) -> a.year() != b.year() ? Integer.compare(a.year(), b.year())
                : Integer.compare(a.month(), b.month()));
        return new Progress(first, last, sorted, areas);
    }
}
