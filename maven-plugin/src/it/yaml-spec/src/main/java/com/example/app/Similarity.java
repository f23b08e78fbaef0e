package com.example.app;

import com.example.vectors.model.Embedding;
import java.util.List;

/** The project's own code, compiled against the generated model. */
public final class Similarity {
  private Similarity() {}

  /** The dot product of two embeddings of the same length. */
  public static double dot(Embedding a, Embedding b) {
    List<Double> x = a.vector();
    List<Double> y = b.vector();
    double sum = 0;
    for (int i = 0; i < x.size(); i++) {
      sum += x.get(i) * y.get(i);
    }
    return sum;
  }
}
