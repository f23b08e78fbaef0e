package dev.clientsmith.clients.interactiveai.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Values of {@code ProviderName}.
 *
 * <p>An open enum: values the document does not list are kept, not rejected; {@link #known()} is empty for them.
 */
public final class ProviderName {
  /**
   * {@code AI21}
   */
  public static final ProviderName AI21 = new ProviderName("AI21", Known.AI21);

  /**
   * {@code AionLabs}
   */
  public static final ProviderName AION_LABS = new ProviderName("AionLabs", Known.AION_LABS);

  /**
   * {@code Alibaba}
   */
  public static final ProviderName ALIBABA = new ProviderName("Alibaba", Known.ALIBABA);

  /**
   * {@code Amazon Bedrock}
   */
  public static final ProviderName AMAZON_BEDROCK = new ProviderName("Amazon Bedrock", Known.AMAZON_BEDROCK);

  /**
   * {@code Amazon Nova}
   */
  public static final ProviderName AMAZON_NOVA = new ProviderName("Amazon Nova", Known.AMAZON_NOVA);

  /**
   * {@code Anthropic}
   */
  public static final ProviderName ANTHROPIC = new ProviderName("Anthropic", Known.ANTHROPIC);

  /**
   * {@code Arcee AI}
   */
  public static final ProviderName ARCEE_AI = new ProviderName("Arcee AI", Known.ARCEE_AI);

  /**
   * {@code AtlasCloud}
   */
  public static final ProviderName ATLAS_CLOUD = new ProviderName("AtlasCloud", Known.ATLAS_CLOUD);

  /**
   * {@code Avian}
   */
  public static final ProviderName AVIAN = new ProviderName("Avian", Known.AVIAN);

  /**
   * {@code Azure}
   */
  public static final ProviderName AZURE = new ProviderName("Azure", Known.AZURE);

  /**
   * {@code BaseTen}
   */
  public static final ProviderName BASE_TEN = new ProviderName("BaseTen", Known.BASE_TEN);

  /**
   * {@code BytePlus}
   */
  public static final ProviderName BYTE_PLUS = new ProviderName("BytePlus", Known.BYTE_PLUS);

  /**
   * {@code Black Forest Labs}
   */
  public static final ProviderName BLACK_FOREST_LABS = new ProviderName("Black Forest Labs", Known.BLACK_FOREST_LABS);

  /**
   * {@code Cerebras}
   */
  public static final ProviderName CEREBRAS = new ProviderName("Cerebras", Known.CEREBRAS);

  /**
   * {@code Chutes}
   */
  public static final ProviderName CHUTES = new ProviderName("Chutes", Known.CHUTES);

  /**
   * {@code Cirrascale}
   */
  public static final ProviderName CIRRASCALE = new ProviderName("Cirrascale", Known.CIRRASCALE);

  /**
   * {@code Clarifai}
   */
  public static final ProviderName CLARIFAI = new ProviderName("Clarifai", Known.CLARIFAI);

  /**
   * {@code Cloudflare}
   */
  public static final ProviderName CLOUDFLARE = new ProviderName("Cloudflare", Known.CLOUDFLARE);

  /**
   * {@code Cohere}
   */
  public static final ProviderName COHERE = new ProviderName("Cohere", Known.COHERE);

  /**
   * {@code Crusoe}
   */
  public static final ProviderName CRUSOE = new ProviderName("Crusoe", Known.CRUSOE);

  /**
   * {@code DeepInfra}
   */
  public static final ProviderName DEEP_INFRA = new ProviderName("DeepInfra", Known.DEEP_INFRA);

  /**
   * {@code DeepSeek}
   */
  public static final ProviderName DEEP_SEEK = new ProviderName("DeepSeek", Known.DEEP_SEEK);

  /**
   * {@code Featherless}
   */
  public static final ProviderName FEATHERLESS = new ProviderName("Featherless", Known.FEATHERLESS);

  /**
   * {@code Fireworks}
   */
  public static final ProviderName FIREWORKS = new ProviderName("Fireworks", Known.FIREWORKS);

  /**
   * {@code Friendli}
   */
  public static final ProviderName FRIENDLI = new ProviderName("Friendli", Known.FRIENDLI);

  /**
   * {@code GMICloud}
   */
  public static final ProviderName GMI_CLOUD = new ProviderName("GMICloud", Known.GMI_CLOUD);

  /**
   * {@code GoPomelo}
   */
  public static final ProviderName GO_POMELO = new ProviderName("GoPomelo", Known.GO_POMELO);

  /**
   * {@code Google}
   */
  public static final ProviderName GOOGLE = new ProviderName("Google", Known.GOOGLE);

  /**
   * {@code Google AI Studio}
   */
  public static final ProviderName GOOGLE_AI_STUDIO = new ProviderName("Google AI Studio", Known.GOOGLE_AI_STUDIO);

  /**
   * {@code Groq}
   */
  public static final ProviderName GROQ = new ProviderName("Groq", Known.GROQ);

  /**
   * {@code Hyperbolic}
   */
  public static final ProviderName HYPERBOLIC = new ProviderName("Hyperbolic", Known.HYPERBOLIC);

  /**
   * {@code Inception}
   */
  public static final ProviderName INCEPTION = new ProviderName("Inception", Known.INCEPTION);

  /**
   * {@code InferenceNet}
   */
  public static final ProviderName INFERENCE_NET = new ProviderName("InferenceNet", Known.INFERENCE_NET);

  /**
   * {@code Infermatic}
   */
  public static final ProviderName INFERMATIC = new ProviderName("Infermatic", Known.INFERMATIC);

  /**
   * {@code Inflection}
   */
  public static final ProviderName INFLECTION = new ProviderName("Inflection", Known.INFLECTION);

  /**
   * {@code Liquid}
   */
  public static final ProviderName LIQUID = new ProviderName("Liquid", Known.LIQUID);

  /**
   * {@code Mara}
   */
  public static final ProviderName MARA = new ProviderName("Mara", Known.MARA);

  /**
   * {@code Mancer 2}
   */
  public static final ProviderName MANCER_2 = new ProviderName("Mancer 2", Known.MANCER_2);

  /**
   * {@code Minimax}
   */
  public static final ProviderName MINIMAX = new ProviderName("Minimax", Known.MINIMAX);

  /**
   * {@code ModelRun}
   */
  public static final ProviderName MODEL_RUN = new ProviderName("ModelRun", Known.MODEL_RUN);

  /**
   * {@code Mistral}
   */
  public static final ProviderName MISTRAL = new ProviderName("Mistral", Known.MISTRAL);

  /**
   * {@code Modular}
   */
  public static final ProviderName MODULAR = new ProviderName("Modular", Known.MODULAR);

  /**
   * {@code Moonshot AI}
   */
  public static final ProviderName MOONSHOT_AI = new ProviderName("Moonshot AI", Known.MOONSHOT_AI);

  /**
   * {@code Morph}
   */
  public static final ProviderName MORPH = new ProviderName("Morph", Known.MORPH);

  /**
   * {@code NCompass}
   */
  public static final ProviderName N_COMPASS = new ProviderName("NCompass", Known.N_COMPASS);

  /**
   * {@code Nebius}
   */
  public static final ProviderName NEBIUS = new ProviderName("Nebius", Known.NEBIUS);

  /**
   * {@code NextBit}
   */
  public static final ProviderName NEXT_BIT = new ProviderName("NextBit", Known.NEXT_BIT);

  /**
   * {@code Novita}
   */
  public static final ProviderName NOVITA = new ProviderName("Novita", Known.NOVITA);

  /**
   * {@code Nvidia}
   */
  public static final ProviderName NVIDIA = new ProviderName("Nvidia", Known.NVIDIA);

  /**
   * {@code OpenAI}
   */
  public static final ProviderName OPEN_AI = new ProviderName("OpenAI", Known.OPEN_AI);

  /**
   * {@code OpenInference}
   */
  public static final ProviderName OPEN_INFERENCE = new ProviderName("OpenInference", Known.OPEN_INFERENCE);

  /**
   * {@code Parasail}
   */
  public static final ProviderName PARASAIL = new ProviderName("Parasail", Known.PARASAIL);

  /**
   * {@code Perplexity}
   */
  public static final ProviderName PERPLEXITY = new ProviderName("Perplexity", Known.PERPLEXITY);

  /**
   * {@code Phala}
   */
  public static final ProviderName PHALA = new ProviderName("Phala", Known.PHALA);

  /**
   * {@code Relace}
   */
  public static final ProviderName RELACE = new ProviderName("Relace", Known.RELACE);

  /**
   * {@code SambaNova}
   */
  public static final ProviderName SAMBA_NOVA = new ProviderName("SambaNova", Known.SAMBA_NOVA);

  /**
   * {@code SiliconFlow}
   */
  public static final ProviderName SILICON_FLOW = new ProviderName("SiliconFlow", Known.SILICON_FLOW);

  /**
   * {@code Sourceful}
   */
  public static final ProviderName SOURCEFUL = new ProviderName("Sourceful", Known.SOURCEFUL);

  /**
   * {@code Stealth}
   */
  public static final ProviderName STEALTH = new ProviderName("Stealth", Known.STEALTH);

  /**
   * {@code StreamLake}
   */
  public static final ProviderName STREAM_LAKE = new ProviderName("StreamLake", Known.STREAM_LAKE);

  /**
   * {@code Switchpoint}
   */
  public static final ProviderName SWITCHPOINT = new ProviderName("Switchpoint", Known.SWITCHPOINT);

  /**
   * {@code Targon}
   */
  public static final ProviderName TARGON = new ProviderName("Targon", Known.TARGON);

  /**
   * {@code Together}
   */
  public static final ProviderName TOGETHER = new ProviderName("Together", Known.TOGETHER);

  /**
   * {@code Venice}
   */
  public static final ProviderName VENICE = new ProviderName("Venice", Known.VENICE);

  /**
   * {@code WandB}
   */
  public static final ProviderName WAND_B = new ProviderName("WandB", Known.WAND_B);

  /**
   * {@code Xiaomi}
   */
  public static final ProviderName XIAOMI = new ProviderName("Xiaomi", Known.XIAOMI);

  /**
   * {@code xAI}
   */
  public static final ProviderName X_AI = new ProviderName("xAI", Known.X_AI);

  /**
   * {@code Z.AI}
   */
  public static final ProviderName Z_AI = new ProviderName("Z.AI", Known.Z_AI);

  /**
   * {@code FakeProvider}
   */
  public static final ProviderName FAKE_PROVIDER = new ProviderName("FakeProvider", Known.FAKE_PROVIDER);

  private static final Map<String, ProviderName> BY_VALUE;

  static {
    Map<String, ProviderName> map = new LinkedHashMap<>();
    map.put(AI21.value, AI21);
    map.put(AION_LABS.value, AION_LABS);
    map.put(ALIBABA.value, ALIBABA);
    map.put(AMAZON_BEDROCK.value, AMAZON_BEDROCK);
    map.put(AMAZON_NOVA.value, AMAZON_NOVA);
    map.put(ANTHROPIC.value, ANTHROPIC);
    map.put(ARCEE_AI.value, ARCEE_AI);
    map.put(ATLAS_CLOUD.value, ATLAS_CLOUD);
    map.put(AVIAN.value, AVIAN);
    map.put(AZURE.value, AZURE);
    map.put(BASE_TEN.value, BASE_TEN);
    map.put(BYTE_PLUS.value, BYTE_PLUS);
    map.put(BLACK_FOREST_LABS.value, BLACK_FOREST_LABS);
    map.put(CEREBRAS.value, CEREBRAS);
    map.put(CHUTES.value, CHUTES);
    map.put(CIRRASCALE.value, CIRRASCALE);
    map.put(CLARIFAI.value, CLARIFAI);
    map.put(CLOUDFLARE.value, CLOUDFLARE);
    map.put(COHERE.value, COHERE);
    map.put(CRUSOE.value, CRUSOE);
    map.put(DEEP_INFRA.value, DEEP_INFRA);
    map.put(DEEP_SEEK.value, DEEP_SEEK);
    map.put(FEATHERLESS.value, FEATHERLESS);
    map.put(FIREWORKS.value, FIREWORKS);
    map.put(FRIENDLI.value, FRIENDLI);
    map.put(GMI_CLOUD.value, GMI_CLOUD);
    map.put(GO_POMELO.value, GO_POMELO);
    map.put(GOOGLE.value, GOOGLE);
    map.put(GOOGLE_AI_STUDIO.value, GOOGLE_AI_STUDIO);
    map.put(GROQ.value, GROQ);
    map.put(HYPERBOLIC.value, HYPERBOLIC);
    map.put(INCEPTION.value, INCEPTION);
    map.put(INFERENCE_NET.value, INFERENCE_NET);
    map.put(INFERMATIC.value, INFERMATIC);
    map.put(INFLECTION.value, INFLECTION);
    map.put(LIQUID.value, LIQUID);
    map.put(MARA.value, MARA);
    map.put(MANCER_2.value, MANCER_2);
    map.put(MINIMAX.value, MINIMAX);
    map.put(MODEL_RUN.value, MODEL_RUN);
    map.put(MISTRAL.value, MISTRAL);
    map.put(MODULAR.value, MODULAR);
    map.put(MOONSHOT_AI.value, MOONSHOT_AI);
    map.put(MORPH.value, MORPH);
    map.put(N_COMPASS.value, N_COMPASS);
    map.put(NEBIUS.value, NEBIUS);
    map.put(NEXT_BIT.value, NEXT_BIT);
    map.put(NOVITA.value, NOVITA);
    map.put(NVIDIA.value, NVIDIA);
    map.put(OPEN_AI.value, OPEN_AI);
    map.put(OPEN_INFERENCE.value, OPEN_INFERENCE);
    map.put(PARASAIL.value, PARASAIL);
    map.put(PERPLEXITY.value, PERPLEXITY);
    map.put(PHALA.value, PHALA);
    map.put(RELACE.value, RELACE);
    map.put(SAMBA_NOVA.value, SAMBA_NOVA);
    map.put(SILICON_FLOW.value, SILICON_FLOW);
    map.put(SOURCEFUL.value, SOURCEFUL);
    map.put(STEALTH.value, STEALTH);
    map.put(STREAM_LAKE.value, STREAM_LAKE);
    map.put(SWITCHPOINT.value, SWITCHPOINT);
    map.put(TARGON.value, TARGON);
    map.put(TOGETHER.value, TOGETHER);
    map.put(VENICE.value, VENICE);
    map.put(WAND_B.value, WAND_B);
    map.put(XIAOMI.value, XIAOMI);
    map.put(X_AI.value, X_AI);
    map.put(Z_AI.value, Z_AI);
    map.put(FAKE_PROVIDER.value, FAKE_PROVIDER);
    BY_VALUE = Collections.unmodifiableMap(map);
  }

  private final String value;

  private final Known known;

  private ProviderName(String value, Known known) {
    this.value = value;
    this.known = known;
  }

  /**
   * The constant for {@code value}, or a new instance keeping an undocumented value.
   */
  @JsonCreator
  public static ProviderName of(String value) {
    Objects.requireNonNull(value, "value");
    ProviderName constant = BY_VALUE.get(value);
    return constant != null ? constant : new ProviderName(value, null);
  }

  /**
   * The documented values, in document order.
   */
  public static List<ProviderName> values() {
    return List.copyOf(BY_VALUE.values());
  }

  /**
   * The value as sent on the wire.
   */
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * The documented value this is, or empty for a value the document does not list.
   */
  public Optional<Known> known() {
    return Optional.ofNullable(known);
  }

  /**
   * Whether the document lists this value.
   */
  public boolean isKnown() {
    return known != null;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ProviderName that)) {
      return false;
    }
    return value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }

  /**
   * The values the document lists, for {@code switch}.
   */
  public enum Known {
    /**
     * {@code AI21}
     */
    AI21,

    /**
     * {@code AionLabs}
     */
    AION_LABS,

    /**
     * {@code Alibaba}
     */
    ALIBABA,

    /**
     * {@code Amazon Bedrock}
     */
    AMAZON_BEDROCK,

    /**
     * {@code Amazon Nova}
     */
    AMAZON_NOVA,

    /**
     * {@code Anthropic}
     */
    ANTHROPIC,

    /**
     * {@code Arcee AI}
     */
    ARCEE_AI,

    /**
     * {@code AtlasCloud}
     */
    ATLAS_CLOUD,

    /**
     * {@code Avian}
     */
    AVIAN,

    /**
     * {@code Azure}
     */
    AZURE,

    /**
     * {@code BaseTen}
     */
    BASE_TEN,

    /**
     * {@code BytePlus}
     */
    BYTE_PLUS,

    /**
     * {@code Black Forest Labs}
     */
    BLACK_FOREST_LABS,

    /**
     * {@code Cerebras}
     */
    CEREBRAS,

    /**
     * {@code Chutes}
     */
    CHUTES,

    /**
     * {@code Cirrascale}
     */
    CIRRASCALE,

    /**
     * {@code Clarifai}
     */
    CLARIFAI,

    /**
     * {@code Cloudflare}
     */
    CLOUDFLARE,

    /**
     * {@code Cohere}
     */
    COHERE,

    /**
     * {@code Crusoe}
     */
    CRUSOE,

    /**
     * {@code DeepInfra}
     */
    DEEP_INFRA,

    /**
     * {@code DeepSeek}
     */
    DEEP_SEEK,

    /**
     * {@code Featherless}
     */
    FEATHERLESS,

    /**
     * {@code Fireworks}
     */
    FIREWORKS,

    /**
     * {@code Friendli}
     */
    FRIENDLI,

    /**
     * {@code GMICloud}
     */
    GMI_CLOUD,

    /**
     * {@code GoPomelo}
     */
    GO_POMELO,

    /**
     * {@code Google}
     */
    GOOGLE,

    /**
     * {@code Google AI Studio}
     */
    GOOGLE_AI_STUDIO,

    /**
     * {@code Groq}
     */
    GROQ,

    /**
     * {@code Hyperbolic}
     */
    HYPERBOLIC,

    /**
     * {@code Inception}
     */
    INCEPTION,

    /**
     * {@code InferenceNet}
     */
    INFERENCE_NET,

    /**
     * {@code Infermatic}
     */
    INFERMATIC,

    /**
     * {@code Inflection}
     */
    INFLECTION,

    /**
     * {@code Liquid}
     */
    LIQUID,

    /**
     * {@code Mara}
     */
    MARA,

    /**
     * {@code Mancer 2}
     */
    MANCER_2,

    /**
     * {@code Minimax}
     */
    MINIMAX,

    /**
     * {@code ModelRun}
     */
    MODEL_RUN,

    /**
     * {@code Mistral}
     */
    MISTRAL,

    /**
     * {@code Modular}
     */
    MODULAR,

    /**
     * {@code Moonshot AI}
     */
    MOONSHOT_AI,

    /**
     * {@code Morph}
     */
    MORPH,

    /**
     * {@code NCompass}
     */
    N_COMPASS,

    /**
     * {@code Nebius}
     */
    NEBIUS,

    /**
     * {@code NextBit}
     */
    NEXT_BIT,

    /**
     * {@code Novita}
     */
    NOVITA,

    /**
     * {@code Nvidia}
     */
    NVIDIA,

    /**
     * {@code OpenAI}
     */
    OPEN_AI,

    /**
     * {@code OpenInference}
     */
    OPEN_INFERENCE,

    /**
     * {@code Parasail}
     */
    PARASAIL,

    /**
     * {@code Perplexity}
     */
    PERPLEXITY,

    /**
     * {@code Phala}
     */
    PHALA,

    /**
     * {@code Relace}
     */
    RELACE,

    /**
     * {@code SambaNova}
     */
    SAMBA_NOVA,

    /**
     * {@code SiliconFlow}
     */
    SILICON_FLOW,

    /**
     * {@code Sourceful}
     */
    SOURCEFUL,

    /**
     * {@code Stealth}
     */
    STEALTH,

    /**
     * {@code StreamLake}
     */
    STREAM_LAKE,

    /**
     * {@code Switchpoint}
     */
    SWITCHPOINT,

    /**
     * {@code Targon}
     */
    TARGON,

    /**
     * {@code Together}
     */
    TOGETHER,

    /**
     * {@code Venice}
     */
    VENICE,

    /**
     * {@code WandB}
     */
    WAND_B,

    /**
     * {@code Xiaomi}
     */
    XIAOMI,

    /**
     * {@code xAI}
     */
    X_AI,

    /**
     * {@code Z.AI}
     */
    Z_AI,

    /**
     * {@code FakeProvider}
     */
    FAKE_PROVIDER
  }
}
